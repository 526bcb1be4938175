using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RequirementGraphType : ObjectGraphType<CompetenceLevel>
{
    public RequirementGraphType()
    {
        Name = "Requirement";
        Description = "A competence at a proficiency level: what a role requires or a programme develops.";
        Field<NonNullGraphType<CompetenceGraphType>>("competence").Description("The competence.").Resolve(c => c.Snapshot().FindCompetence(c.Source.Competence));
        Field(r => r.Level).Description("The proficiency level, 1..5, within the competence's range.");
    }
}
