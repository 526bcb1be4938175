using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RoleGraphType : ObjectGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "A job role or role profile and the competences it requires.";
        Interface<NodeGraphType>();
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Resolve(c => c.Snapshot().FindFramework(c.Source.Framework));
        Field(r => r.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("altTitles").Resolve(c => c.Source.AltTitles);
        Field(r => r.Summary, nullable: true);
        Field(r => r.Category, nullable: true).Description("Code of the framework category the role belongs to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("requires").Resolve(c => c.Source.Requires);
        Field(r => r.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingGraphType>>>>("mappings")
            .Description("Mappings with this role at either end, approved or proposed.")
            .Resolve(c => c.Snapshot().MappingsOf(c.Source.Id));
    }
}
