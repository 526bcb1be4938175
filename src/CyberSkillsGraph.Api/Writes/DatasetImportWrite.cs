using System.Security.Claims;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Domain.Sssom;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// Administrators and standards bodies import whole dataset documents, all or nothing, under the same ownership and
/// review rules as every other write: a standards body may write frameworks, competences, roles, standards and
/// mappings (its mappings as proposals); regions, providers, programmes and demand belong to administrators (and,
/// through their own mutations, to providers and planners). The CLI, run by the operator on the store itself, is
/// the one path that imports documents exactly as they are.
/// </summary>
public static class DatasetImportWrite
{
    /// <summary>Imports a dataset document (JSON); problems point into it by JSON path.</summary>
    public static Task<ImportOutcome> ImportAsync(GraphState state, ClaimsPrincipal user, string document, CancellationToken cancellationToken)
    {
        var read = DatasetReader.Read(document);
        return read.Dataset is null
            ? Task.FromResult(ImportOutcome.Refused(state.Current.Revision, read.Problems))
            : ImportAsync(state, user, read.Dataset, read.Problems, problem => problem, cancellationToken);
    }

    /// <summary>Imports an SSSOM mapping set (TSV); problems point into it by line and column.</summary>
    public static Task<ImportOutcome> ImportSssomAsync(GraphState state, ClaimsPrincipal user, string document, CancellationToken cancellationToken)
    {
        var read = SssomReader.Read(document);
        if (read.Dataset is null)
            return Task.FromResult(ImportOutcome.Refused(state.Current.Revision, [.. read.Problems.Select(AsDatasetProblem)]));
        return ImportAsync(state, user, read.Dataset, [],
            problem => read.Locate(problem) is { } located ? AsDatasetProblem(located) : problem, cancellationToken);
    }

    private static DatasetProblem AsDatasetProblem(SssomProblem problem) => new($"line {problem.Line}, column {problem.Column}", problem.Message);

    /// <summary>The one import flow: ownership, validation of the whole document, then only its changes written and audited.</summary>
    private static async Task<ImportOutcome> ImportAsync(
        GraphState state, ClaimsPrincipal user, Dataset dataset, IReadOnlyList<DatasetProblem> readProblems,
        Func<DatasetProblem, DatasetProblem> locate, CancellationToken cancellationToken)
    {
        var forbidden = ForbiddenRecords(dataset, user);
        if (forbidden.Count > 0)
            throw new WriteRejectedException(ErrorCodes.Forbidden, $"Nothing was imported: {forbidden[0]}", forbidden);

        ImportPlan? plan = null;
        try
        {
            var revision = await state.WriteAsync(snapshot =>
            {
                CheckTargetDataset(snapshot, dataset, user);
                // The whole document is validated as sent, so that every problem points into it; only the changes are written.
                IReadOnlyList<DatasetProblem> problems = [
                    .. DatasetValidator.Validate([new NamedDataset(null, dataset)], snapshot.Content, readProblems),
                    .. DependentLevels.Check(snapshot, dataset)];
                if (problems.Count > 0)
                    throw new WriteRejectedException(ErrorCodes.BadUserInput, $"Nothing was written: {problems.Count} problem(s). {problems[0]}", problems);
                plan = ImportPlan.Of(snapshot, dataset, user);
                return plan.Audit.Count == 0
                    ? new WriteRequest([], [])
                    : new WriteRequest([new NamedDataset(null, plan.Changes)], plan.Audit);
            }, snapshot => snapshot.Revision, cancellationToken);
            return new ImportOutcome(revision, plan!.Records, plan.MappingsProposed, []);
        }
        catch (WriteRejectedException e) when (e.Code == ErrorCodes.BadUserInput && e.Problems.Count > 0)
        {
            return ImportOutcome.Refused(state.Current.Revision, [.. e.Problems.Select(locate)]);
        }
    }

    /// <summary>The kinds only an administrator imports, and what else may change them.</summary>
    private static readonly (IRecordKind Kind, string Why)[] AdministeredKinds =
    [
        (RecordKinds.Regions, ""),
        (RecordKinds.Providers, ""),
        (RecordKinds.TrainingProgrammes, " (only their provider or an administrator can change them)"),
        (RecordKinds.Demand, " (planners record them with setDemand)"),
    ];

    /// <summary>The records of <paramref name="dataset"/> that the account may not write, one problem per kind.</summary>
    private static List<DatasetProblem> ForbiddenRecords(Dataset dataset, ClaimsPrincipal user) =>
        user.HasRole(Roles.Admin)
            ? []
            : [.. AdministeredKinds.Where(k => k.Kind.Count(dataset) > 0).Select(k =>
                new DatasetProblem($"$.{k.Kind.JsonName}", $"a standards-body account may not import {k.Kind.PluralName}{k.Why}; an administrator can"))];

    /// <summary>
    /// Refuses a standards body's import into a stored dataset that holds records only an administrator may change
    /// (the regions, a provider's catalogue, demand figures): the import would rewrite that dataset's title, source and
    /// licence, the attribution of records it may not touch.
    /// </summary>
    private static void CheckTargetDataset(GraphSnapshot snapshot, Dataset document, ClaimsPrincipal user)
    {
        if (user.HasRole(Roles.Admin)) return;
        var stored = snapshot.Content.Datasets.FirstOrDefault(d => d.Info.Id == document.Info.Id);
        if (stored is null || AdministeredKinds.FirstOrDefault(k => k.Kind.Count(stored) > 0) is not ({ } kind, _)) return;
        throw new WriteRejectedException(ErrorCodes.Forbidden,
            $"Nothing was imported: dataset '{document.Info.Id}' holds {kind.PluralName}, which only an administrator may change; import under a dataset id of your own.",
            [new DatasetProblem("$.dataset.id", $"dataset '{document.Info.Id}' holds {kind.PluralName}; a standards-body account may not write into it")]);
    }
}
