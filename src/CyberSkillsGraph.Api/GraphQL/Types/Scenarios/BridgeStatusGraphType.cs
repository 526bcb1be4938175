using CyberSkillsGraph.Analysis.Bridges;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class BridgeStatusGraphType : EnumerationGraphType
{
    public BridgeStatusGraphType()
    {
        Name = "BridgeStatus";
        Description = "How far the held role meets one requirement of the role aimed at.";
        Add("COVERED", BridgeStatus.Covered, "A held competence at the level or above is the required one or covers it fully (an EQUAL or FULL path).");
        Add("PARTIAL", BridgeStatus.Partial, "A held competence is related through approved mappings, but only partially or below the level.");
        Add("LACKING", BridgeStatus.Lacking, "No held competence is related within the hop limit.");
    }
}
