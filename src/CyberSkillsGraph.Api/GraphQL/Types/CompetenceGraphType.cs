using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Execution;
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
        // The plain fields read the competence directly: every regionGaps row names its competence (RowListExecutionStrategy).
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entity's id, unique across every kind of entity.").Resolve(DirectFieldResolver.Of((Competence c) => c.Id));
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Description("The framework that defines it.").Resolve(c => c.Snapshot().FindFramework(c.Source.Framework));
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code the framework gives it, such as A.1.").Resolve(DirectFieldResolver.Of((Competence c) => c.Code));
        Field<NonNullGraphType<StringGraphType>>("title").Description("The competence's title.").Resolve(DirectFieldResolver.Of((Competence c) => c.Title));
        Field<NonNullGraphType<IntGraphType>>("minLevel").Description("The lowest proficiency level the framework defines for it, 1..5.").Resolve(DirectFieldResolver.Of((Competence c) => c.MinLevel));
        Field<NonNullGraphType<IntGraphType>>("maxLevel").Description("The highest proficiency level the framework defines for it, 1..5.").Resolve(DirectFieldResolver.Of((Competence c) => c.MaxLevel));
        Field<StringGraphType>("area").Description("The area of the framework it belongs to, such as PLAN or BUILD in the e-CF.").Resolve(DirectFieldResolver.Of((Competence c) => c.Area));
        Field<StringGraphType>("note").Description("Remarks on the competence, if any.").Resolve(DirectFieldResolver.Of((Competence c) => c.Note));
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
