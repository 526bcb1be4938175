using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CompetenceLevelInputGraphType : InputObjectGraphType<CompetenceLevelInput>
{
    public CompetenceLevelInputGraphType()
    {
        Name = "CompetenceLevelInput";
        Field(x => x.Competence, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Level).Description("1..5, within the competence's range.");
    }
}
