using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CompetenceGraphType : ObjectGraphType<Competence>
{
    public CompetenceGraphType()
    {
        Name = "Competence";
        Description = "A competence and the proficiency levels (1..5, the e-CF scale) its framework defines.";
        Interface<NodeGraphType>();
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Description("The framework that defines it.").Resolve(c => c.Snapshot().FindFramework(c.Source.Framework));
        Field(c => c.Code).Description("The code the framework gives it, such as A.1.");
        Field(c => c.Title).Description("The competence's title.");
        Field(c => c.MinLevel).Description("The lowest proficiency level the framework defines for it, 1..5.");
        Field(c => c.MaxLevel).Description("The highest proficiency level the framework defines for it, 1..5.");
        Field(c => c.Area, nullable: true).Description("The area of the framework it belongs to, such as PLAN or BUILD in the e-CF.");
        Field(c => c.Note, nullable: true).Description("Remarks on the competence, if any.");
        this.Connection<Competence, RequirementOfRoleGraphType>("requiredBy", PageSizes.Standard)
            .Description("Roles that require this competence, with the level, by role id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.CompetenceIndex(c.Source.Id);
                if (index < 0) return Connections.Slice(c, Array.Empty<RoleRequirement>(), r => r.Role.Id);
                var roles = snapshot.CompetenceRequiredBy.TargetsOf(index).ToArray();
                var levels = snapshot.CompetenceRequiredBy.LevelsOf(index).ToArray();
                return Connections.Slice(c, roles.Select((role, i) => new RoleRequirement(snapshot.Roles[role], levels[i])).ToList(), r => r.Role.Id);
            });
        this.Connection<Competence, MappingGraphType>("mappings", PageSizes.Standard)
            .Description("Mappings with this competence at either end, approved or proposed.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().MappingsOf(c.Source.Id).ToList(), m => m.Key));
    }
}
