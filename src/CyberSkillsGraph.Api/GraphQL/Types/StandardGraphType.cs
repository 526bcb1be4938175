using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class StandardGraphType : ObjectGraphType<Standard>
{
    public StandardGraphType()
    {
        Name = "Standard";
        Description = "A standard, certification scheme or law.";
        Interface<NodeGraphType>();
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Title);
        Field(s => s.Body, nullable: true).Description("The body that publishes it, such as ISO/IEC, CEN-CENELEC or JISC.");
        Field<RegionGraphType>("region").Description("Null for international standards.")
            .Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(s => s.Kind).Description("standard, scheme, regulation or law.");
        Field(s => s.Published, nullable: true).Description("Publication date, YYYY-MM-DD.");
        Field(s => s.Url, nullable: true);
        Field(s => s.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingGraphType>>>>("mappings")
            .Description("Mappings with this standard at either end, approved or proposed.")
            .Resolve(c => c.Snapshot().MappingsOf(c.Source.Id));
    }
}
