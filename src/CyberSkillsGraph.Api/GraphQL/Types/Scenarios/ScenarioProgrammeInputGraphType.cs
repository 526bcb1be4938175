using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioProgrammeInputGraphType : InputObjectGraphType<ScenarioProgrammeInput>
{
    public ScenarioProgrammeInputGraphType()
    {
        Name = "ScenarioProgrammeInput";
        Description = "A programme a scenario adds: what registerTrainingProgramme takes, plus the id and provider it would have. It is checked like a registration.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("An id no stored programme has.");
        Field<NonNullGraphType<IdGraphType>>("provider").Description("A stored provider.");
        TrainingProgrammeInputGraphType.AddProgrammeFields(this);
    }
}
