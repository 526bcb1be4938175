using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RoleGraphType : ObjectGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "A job role or role profile and the competences it requires.";
        Interface<NodeGraphType>();
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Description("The framework that defines it.").Resolve(c => c.Snapshot().FindFramework(c.Source.Framework));
        Field(r => r.Title).Description("The role's title.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("altTitles").Description("Other titles the role goes by, as its record lists them.").Resolve(c => c.Source.AltTitles);
        Field(r => r.Summary, nullable: true).Description("What the role does, in a sentence or two.");
        Field(r => r.Category, nullable: true).Description("Code of the framework category the role belongs to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("requires").Description("The competences it requires, each at a level, as its record lists them.").Resolve(c => c.Source.Requires);
        Field(r => r.Note, nullable: true).Description("Remarks on the role, if any.");
        this.Connection<Role, MappingGraphType>("mappings", PageSizes.Standard)
            .Description("Mappings with this role at either end, approved or proposed.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().MappingsOf(c.Source.Id).ToList(), m => m.Key));
    }
}
