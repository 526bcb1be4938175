using System.Security.Claims;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// What an import through the API writes: only the records it changes, with one audit entry each (before and after).
/// Mappings follow <see cref="MappingReview"/> for standards bodies; an administrator's import keeps the statuses it
/// states. On every path the author is the importing account, never a name in the document.
/// </summary>
internal sealed class ImportPlan
{
    private readonly List<AuditEntry> _audit = [];
    private readonly ClaimsPrincipal _user;

    private ImportPlan(ClaimsPrincipal user) => _user = user;

    /// <summary>The document reduced to the records that differ from the graph, as they will be stored.</summary>
    public Dataset Changes { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Audit => _audit;

    public int Records => _audit.Count(a => a.Kind != "dataset");

    /// <summary>Mappings written as proposals or pending changes, which wait for another account's approval.</summary>
    public int MappingsProposed { get; private set; }

    public static ImportPlan Of(GraphSnapshot snapshot, Dataset document, ClaimsPrincipal user)
    {
        var plan = new ImportPlan(user);
        var author = user.AccountName();
        var reviewed = !user.HasRole(Roles.Admin);
        var mappingsByKey = snapshot.Mappings.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var demandByKey = snapshot.Demand.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var mappings = new List<Mapping>();
        var proposed = 0;
        foreach (var incoming in document.Mappings)
        {
            var existing = mappingsByKey.GetValueOrDefault(incoming.Key);
            var stored = reviewed
                ? MappingReview.Propose(existing, incoming, author)
                : incoming with { Author = author, Proposal = incoming.Proposal is { } p ? p with { Author = author } : null };
            if (stored is null || Same(existing, stored)) continue;
            mappings.Add(stored);
            plan.Record(RecordKinds.Mappings.Name, stored.Key, existing, stored);
            if (stored.Status == MappingStatus.Proposed || stored.Proposal is not null) proposed++;
        }

        plan.Changes = new Dataset(document.Info)
        {
            Regions = plan.Changed(RecordKinds.Regions, document, snapshot.FindRegion),
            Frameworks = plan.Changed(RecordKinds.Frameworks, document, snapshot.FindFramework),
            Competences = plan.Changed(RecordKinds.Competences, document, snapshot.FindCompetence),
            Roles = plan.Changed(RecordKinds.Roles, document, snapshot.FindRole),
            Standards = plan.Changed(RecordKinds.Standards, document, snapshot.FindStandard),
            Mappings = mappings,
            Providers = plan.Changed(RecordKinds.Providers, document, snapshot.FindProvider),
            TrainingProgrammes = plan.Changed(RecordKinds.TrainingProgrammes, document, snapshot.FindProgramme),
            Demand = plan.Changed(RecordKinds.Demand, document, demandByKey.GetValueOrDefault),
        };
        var existingInfo = snapshot.Datasets.FirstOrDefault(d => d.Id == document.Info.Id);
        if (!Same(existingInfo, document.Info)) plan.Record("dataset", document.Info.Id, existingInfo, document.Info);
        plan.MappingsProposed = proposed;
        return plan;
    }

    private List<T> Changed<T>(RecordKind<T> kind, Dataset document, Func<string, T?> existing) where T : class
    {
        var changed = new List<T>();
        foreach (var record in kind.Of(document))
        {
            var key = kind.KeyOf(record);
            var before = existing(key);
            if (Same(before, record)) continue;
            changed.Add(record);
            Record(kind.Name, key, before, record);
        }
        return changed;
    }

    private void Record<T>(string kind, string key, T? before, T after) where T : class =>
        _audit.Add(Writes.Audit.Entry(_user, "importDataset", kind, key, before, after));

    private static bool Same<T>(T? existing, T incoming) where T : class =>
        existing is not null && RecordJson.Of(existing) == RecordJson.Of(incoming);
}
