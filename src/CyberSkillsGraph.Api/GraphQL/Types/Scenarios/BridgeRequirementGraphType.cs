using CyberSkillsGraph.Analysis.Bridges;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class BridgeRequirementGraphType : ObjectGraphType<BridgeRequirement>
{
    public BridgeRequirementGraphType()
    {
        Name = "BridgeRequirement";
        Description = "One requirement of the role aimed at and how the held role meets it.";
        Field<NonNullGraphType<RequirementGraphType>>("requirement").Description("The competence and level required.").Resolve(c => c.Source.Requirement);
        Field<NonNullGraphType<BridgeStatusGraphType>>("status").Description("Covered, partial or lacking.").Resolve(c => c.Source.Status);
        Field<RequirementGraphType>("held").Description("The held role's requirement that best meets it; null when lacking.").Resolve(c => c.Source.Held);
        Field<CoveragePathGraphType>("path").Description("The mapping path from the required competence to the held one; null when lacking.").Resolve(c => c.Source.Path);
    }
}
