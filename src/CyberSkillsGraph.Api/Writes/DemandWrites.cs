using System.Security.Claims;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>Planners record demand: openings for a role in a region and year, replacing any earlier figure.</summary>
public static class DemandWrites
{
    public static Task<DemandEntry> SetAsync(GraphState state, ClaimsPrincipal user, DemandInput input, CancellationToken cancellationToken)
    {
        var entry = new DemandEntry(input.Region, input.Role, input.Year, input.Openings, input.Employed, input.Source, input.Note);
        return state.WriteAsync(snapshot =>
        {
            var existing = snapshot.FindDemand(entry.Region, entry.Role, entry.Year);
            var dataset = new Dataset(ApiDatasets.Demand) { Demand = [entry] };
            return new WriteRequest([new NamedDataset(null, dataset)], [Audit.Entry(user, "setDemand", RecordKinds.Demand.Name, entry.Key, existing, entry)]);
        }, snapshot => snapshot.FindDemand(entry.Region, entry.Role, entry.Year)!, cancellationToken);
    }
}
