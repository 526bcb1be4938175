using CyberSkillsGraph.Analysis.Paths;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class LearningStepGraphType : ObjectGraphType<LearningStep>
{
    public LearningStepGraphType()
    {
        Name = "LearningStep";
        Description = "One programme of a learning path and what it adds.";
        Field<NonNullGraphType<TrainingProgrammeGraphType>>("programme").Description("The programme to take.").Resolve(c => c.Source.Programme);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("covers")
            .Description("The role's requirements this step newly covers.")
            .Resolve(c => c.Source.Covers);
    }
}
