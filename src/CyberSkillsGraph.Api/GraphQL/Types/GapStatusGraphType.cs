using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapStatusGraphType : EnumerationGraphType<GapStatus>
{
    public GapStatusGraphType()
    {
        Name = "GapStatus";
        Description = "MISSING: nothing reachable teaches it; SHORTAGE: fewer seats than openings; COVERED: enough seats.";
    }
}
