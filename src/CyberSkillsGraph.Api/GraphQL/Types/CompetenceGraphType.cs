using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CompetenceGraphType : ObjectGraphType<Competence>
{
    public CompetenceGraphType()
    {
        Name = "Competence";
        Description = "A competence and the proficiency levels (1..5, the e-CF scale) its framework defines.";
        Interface<NodeGraphType>();
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Resolve(c => c.Snapshot().FindFramework(c.Source.Framework));
        Field(c => c.Code);
        Field(c => c.Title);
        Field(c => c.MinLevel);
        Field(c => c.MaxLevel);
        Field(c => c.Area, nullable: true);
        Field(c => c.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementOfRoleGraphType>>>>("requiredBy")
            .Description("Roles that require this competence, with the level, by role id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.CompetenceIndex(c.Source.Id);
                if (index < 0) return Enumerable.Empty<RoleRequirement>();
                var roles = snapshot.CompetenceRequiredBy.TargetsOf(index).ToArray();
                var levels = snapshot.CompetenceRequiredBy.LevelsOf(index).ToArray();
                return roles.Select((role, i) => new RoleRequirement(snapshot.Roles[role], levels[i]));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingGraphType>>>>("mappings")
            .Description("Mappings with this competence at either end, approved or proposed.")
            .Resolve(c => c.Snapshot().MappingsOf(c.Source.Id));
    }
}
