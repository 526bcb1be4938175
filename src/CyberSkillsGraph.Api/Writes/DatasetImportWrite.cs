using System.Security.Claims;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>Administrators and standards bodies import whole dataset documents, with the same rules as the CLI.</summary>
public static class DatasetImportWrite
{
    public static async Task<ImportOutcome> ImportAsync(GraphState state, ClaimsPrincipal user, string document, CancellationToken cancellationToken)
    {
        var read = DatasetReader.Read(document);
        if (read.Dataset is null) return new ImportOutcome(false, state.Current.Revision, 0, read.Problems);
        var dataset = read.Dataset;
        try
        {
            var revision = await state.WriteAsync(
                _ => new WriteRequest([new NamedDataset(null, dataset)],
                    [Audit.Entry(user, "importDataset", "dataset", dataset.Info.Id, null, dataset.Info with { Note = $"{dataset.RecordCount} records" })],
                    read.Problems),
                snapshot => snapshot.Revision, cancellationToken);
            return new ImportOutcome(true, revision, dataset.RecordCount, []);
        }
        catch (WriteRejectedException e) when (e.Problems.Count > 0)
        {
            return new ImportOutcome(false, state.Current.Revision, 0, e.Problems);
        }
    }
}
