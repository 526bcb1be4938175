using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioDemandInputGraphType : InputObjectGraphType<ScenarioDemandInput>
{
    public ScenarioDemandInputGraphType()
    {
        Name = "ScenarioDemandInput";
        Description = "Openings a scenario sets for a role in a region and year.";
        Field(x => x.Region).Description("A region code.");
        Field(x => x.Role, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role.");
        Field(x => x.Year).Description("The year.");
        Field(x => x.Openings).Description("People to hire that year.");
    }
}
