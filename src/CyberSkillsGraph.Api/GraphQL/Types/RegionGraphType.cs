using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL;
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
        Field(r => r.Name).Description("The region's name in English.");
        Field<RegionGraphType>("parent").Description("The region directly above this one; null for a root such as the EU or Japan.").Resolve(c => c.Source.Parent is { } p ? c.Snapshot().FindRegion(p) : null);
        this.Connection<Region, RegionGraphType>("children", PageSizes.Standard)
            .Description("Regions directly below this one, by code.")
            .Resolve(c =>
            {
                var tree = c.Snapshot().RegionTree;
                var index = tree.IndexOf(c.Source.Code);
                return Connections.Slice<Region>(c, index < 0 ? [] : [.. tree.Children[index].Select(i => tree.Regions[i])], r => r.Code, orderedByKey: true);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("demandYears")
            .Description("The years that have demand in this region or below it, newest first: the years regionGaps can analyse here.")
            // One pass over the demand entries, like an analysis.
            .WithComplexityImpact(QueryGraphType.AnalysisImpact)
            .Resolve(c => GraphAnalyses.DemandYears(c.Snapshot(), c.Source.Code));
        Field(r => r.Note, nullable: true).Description("Remarks on the region or its data, if any.");
    }
}
