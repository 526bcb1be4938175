using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "A region of the region tree: the EU, a member state, Japan.";
        Interface<NodeGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The region's code, as its node id.").Resolve(c => c.Source.Code);
        Field(r => r.Code).Description("ISO 3166-1 alpha-2 code, or EU.");
        Field(r => r.Name);
        Field<RegionGraphType>("parent").Resolve(c => c.Source.Parent is { } p ? c.Snapshot().FindRegion(p) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("children")
            .Description("Regions directly below this one.")
            .Resolve(c =>
            {
                var tree = c.Snapshot().RegionTree;
                var index = tree.IndexOf(c.Source.Code);
                return index < 0 ? [] : tree.Children[index].Select(i => tree.Regions[i]);
            });
        Field(r => r.Note, nullable: true);
    }
}
