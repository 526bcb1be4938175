using CyberSkillsGraph.Analysis.Paths;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class LearningPathGraphType : ObjectGraphType<LearningPath>
{
    public LearningPathGraphType()
    {
        Name = "LearningPath";
        Description = "Programmes to take, in order, to meet a role's requirements from a region.";
        Field<NonNullGraphType<RoleGraphType>>("role").Description("The role to meet.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<RegionGraphType>>("region").Description("Where the learner is.").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningStepGraphType>>>>("steps").Description("The programmes to take, in order; each covers at least one requirement the steps before it left.").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("uncovered")
            .Description("Requirements no reachable programme fully supplies.")
            .Resolve(c => c.Source.Uncovered);
        Field(p => p.TotalHours).Description("The hours of every step together.");
    }
}
