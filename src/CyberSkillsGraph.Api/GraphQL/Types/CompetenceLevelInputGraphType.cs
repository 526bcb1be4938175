using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CompetenceLevelInputGraphType : InputObjectGraphType<CompetenceLevelInput>
{
    public CompetenceLevelInputGraphType()
    {
        Name = "CompetenceLevelInput";
        Description = "A competence at a proficiency level.";
        Field(x => x.Competence, type: typeof(NonNullGraphType<IdGraphType>)).Description("The competence's id.");
        Field(x => x.Level).Description("1..5, within the competence's range.");
    }
}
