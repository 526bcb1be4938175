using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ProgrammeChangeInputGraphType : InputObjectGraphType<ProgrammeChangeInput>
{
    public ProgrammeChangeInputGraphType()
    {
        Name = "ProgrammeChangeInput";
        Description = "A stored programme in a scenario: new seats, or retired. One of the two.";
        Field(x => x.Programme, type: typeof(NonNullGraphType<IdGraphType>)).Description("The stored programme's id.");
        Field(x => x.SeatsPerYear, nullable: true).Description("Its seats a year under the scenario.");
        Field<BooleanGraphType>("retire").Description("True: the programme is no longer offered under the scenario.").DefaultValue(false);
    }
}
