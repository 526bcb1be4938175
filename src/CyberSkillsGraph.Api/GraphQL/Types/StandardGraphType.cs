using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class StandardGraphType : ObjectGraphType<Standard>
{
    public StandardGraphType()
    {
        Name = "Standard";
        Description = "A standard, certification scheme or law.";
        Interface<NodeGraphType>();
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field(s => s.Title).Description("The standard's title.");
        Field(s => s.Body, nullable: true).Description("The body that publishes it, such as ISO/IEC, CEN-CENELEC or JISC.");
        Field<RegionGraphType>("region").Description("Null for international standards.")
            .Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(s => s.Kind, type: typeof(NonNullGraphType<StandardKindGraphType>)).Description("What kind of document it is.");
        Field(s => s.Published, nullable: true).Description("Publication date, YYYY-MM-DD.");
        Field(s => s.Url, nullable: true).Description("Where it is published, if known.");
        Field(s => s.Note, nullable: true).Description("Remarks on the standard, if any.");
        this.Connection<Standard, MappingGraphType>("mappings", PageSizes.Standard)
            .Description("Mappings with this standard at either end, approved or proposed.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().MappingsOf(c.Source.Id).ToList(), m => m.Key));
    }
}
