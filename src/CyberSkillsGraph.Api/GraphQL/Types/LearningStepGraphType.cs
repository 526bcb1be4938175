using CyberSkillsGraph.Analysis.Paths;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class LearningStepGraphType : ObjectGraphType<LearningStep>
{
    public LearningStepGraphType()
    {
        Name = "LearningStep";
        Field<NonNullGraphType<TrainingProgrammeGraphType>>("programme").Resolve(c => c.Source.Programme);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("covers")
            .Description("The role's requirements this step newly covers.")
            .Resolve(c => c.Source.Covers);
    }
}
