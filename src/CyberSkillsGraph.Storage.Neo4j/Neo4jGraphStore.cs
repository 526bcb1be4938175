using System.Globalization;
using System.Runtime.ExceptionServices;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Neo4j.Graph;
using CyberSkillsGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using RecordKinds = CyberSkillsGraph.Storage.Neo4j.Graph.RecordKinds;

namespace CyberSkillsGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over its HTTP Query API. Every change is one explicit transaction that first
/// locks the <c>:Revision</c> node (so writers are serialised and the expected-revision check is
/// atomic with the write), upserts the records in <c>UNWIND</c> batches and sets the new revision.
/// A load pages through every kind and is accepted only if the revision did not move meanwhile.
/// The graph model is described in docs/neo4j.md.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore, IDisposable
{
    private const int MaxLoadAttempts = 5;

    private readonly Neo4jQueryClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _idempotent;
    private readonly ResiliencePipeline _transactions;
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>A store that sends its requests through <paramref name="httpClient"/>, which the caller owns.</summary>
    public Neo4jGraphStore(HttpClient httpClient, Neo4jStoreOptions options, ILogger<Neo4jGraphStore>? logger = null)
        : this(httpClient, options, logger, owned: false)
    {
    }

    private Neo4jGraphStore(HttpClient httpClient, Neo4jStoreOptions options, ILogger? logger, bool owned)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _client = new Neo4jQueryClient(httpClient, options, _logger);
        _idempotent = Neo4jRetry.ForIdempotent(options, _logger, connectionsRetried: owned);
        _transactions = Neo4jRetry.ForTransactions(options, _logger);
        _ownedHttpClient = owned ? httpClient : null;
    }

    /// <summary>
    /// A store with its own HttpClient, which retries requests that could not reach the server at all
    /// and is disposed with the store.
    /// </summary>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, ILogger<Neo4jGraphStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new Neo4jGraphStore(Neo4jHttpClientFactory.Create(options), options, logger, owned: true);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with data, so each runs on its own; all are idempotent.
        var statements = GraphCypher.SchemaStatements.Concat(RecordKinds.All.SelectMany(k => k.SchemaStatements)).Append(GraphCypher.CreateRevision);
        foreach (var statement in statements)
            await RunIdempotentAsync(statement, null, Neo4jAccessMode.Write, cancellationToken);
        _logger.LogInformation("Neo4j store ready: {Store}", _options.ToString());
    }

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        var result = await RunIdempotentAsync(GraphCypher.ReadRevision, null, Neo4jAccessMode.Read, cancellationToken);
        return result.GetInt64(0, "revision");
    }

    public async Task<GraphContent> LoadAsync(CancellationToken cancellationToken)
    {
        // Neo4j reads committed data statement by statement, not a snapshot: the pages are one revision
        // only if the revision is the same before and after them (every write moves it).
        for (var attempt = 1; attempt <= MaxLoadAttempts; attempt++)
        {
            var before = await GetRevisionAsync(cancellationToken);
            List<Dataset>? datasets = null;
            ExceptionDispatchInfo? torn = null;
            try
            {
                datasets = await LoadRecordsAsync(cancellationToken);
            }
            catch (InvalidDataException error)
            {
                // A record of a dataset that did not exist when the datasets were read: a write landed
                // in between, unless the revision says otherwise below.
                torn = ExceptionDispatchInfo.Capture(error);
            }
            var after = await GetRevisionAsync(cancellationToken);
            if (before == after)
            {
                torn?.Throw();
                return new GraphContent(before, datasets!);
            }
            _logger.LogInformation("The Neo4j graph moved from revision {Before} to {After} during a load; loading again", before, after);
        }
        throw new InvalidOperationException($"The Neo4j graph changed during each of {MaxLoadAttempts} loads; try again when writes pause.");
    }

    public async Task<long> ApplyAsync(ChangeSet changes, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var plan = ChangePlan.Build(changes);
        // A transient error rolls the whole transaction back, so it is retried from its beginning.
        return await _transactions.ExecuteAsync(
            async token => await ApplyOnceAsync(changes, plan, progress, token), cancellationToken);
    }

    public async Task<IReadOnlyList<RevisionChanges>?> LoadChangesAsync(long sinceRevision, CancellationToken cancellationToken)
    {
        // Each write commits its change with the revision it sets, so every change up to a revision read first is there.
        var current = await GetRevisionAsync(cancellationToken);
        if (sinceRevision > current || current - sinceRevision > ChangeLog.KeptRevisions) return null;
        if (sinceRevision == current) return [];
        var parameters = new Dictionary<string, object?> { ["sinceRevision"] = sinceRevision, ["untilRevision"] = current };
        var result = await RunIdempotentAsync(GraphCypher.LoadChanges, parameters, Neo4jAccessMode.Read, cancellationToken);
        var stored = Enumerable.Range(0, result.Rows.Count).Select(row => (result.GetInt64(row, "revision"), result.GetString(row, "body"))).ToList();
        return ChangeLog.Complete(sinceRevision, current, stored);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, object?>
        {
            ["actor"] = query.Actor,
            ["recordKey"] = query.Key,
            ["beforeRevision"] = query.BeforeRevision,
            ["pageSize"] = Math.Clamp(query.Limit, 1, 1000),
            ["skip"] = Math.Max(0, query.Skip),
        };
        var result = await RunIdempotentAsync(GraphCypher.ReadAudit, parameters, Neo4jAccessMode.Read, cancellationToken);
        return [.. Enumerable.Range(0, result.Rows.Count).Select(row => new AuditEntry(
            result.GetInt64(row, "revision"),
            DateTimeOffset.Parse(result.GetString(row, "happenedAt")!, CultureInfo.InvariantCulture),
            result.GetString(row, "actor")!,
            result.GetString(row, "action")!,
            result.GetString(row, "kind")!,
            result.GetString(row, "recordKey")!,
            result.GetString(row, "beforeJson"),
            result.GetString(row, "afterJson")))];
    }

    public async Task<int> CountAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, object?>
        {
            ["actor"] = query.Actor,
            ["recordKey"] = query.Key,
            ["beforeRevision"] = query.BeforeRevision,
        };
        var result = await RunIdempotentAsync(GraphCypher.CountAudit, parameters, Neo4jAccessMode.Read, cancellationToken);
        return (int)result.GetInt64(0, "total");
    }

    public void Dispose() => _ownedHttpClient?.Dispose();

    private async Task<long> ApplyOnceAsync(ChangeSet changes, ChangePlan plan, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (transaction, locked) = await _client.BeginAsync(GraphCypher.LockRevision, null, cancellationToken);
        var committing = false;
        try
        {
            var revision = locked.GetInt64(0, "revision");
            if (changes.ExpectedRevision is { } expected && expected != revision)
                throw new RevisionConflictException(expected, revision);

            if (plan.Datasets.Count > 0)
                await RunBatchAsync(transaction, "datasets", GraphCypher.UpsertDatasets, plan.Datasets, cancellationToken);
            var written = 0;
            foreach (var (kind, rows) in plan.Records)
            {
                foreach (var batch in rows.Chunk(_options.BatchSize))
                {
                    await RunBatchAsync(transaction, kind.Name, kind.UpsertStatement, [.. batch.Select(r => r.Row)], cancellationToken);
                    written += batch.Length;
                    progress?.Report(written);
                }
            }

            var next = revision + 1;
            var audit = (changes.Audit ?? []).Select((entry, i) => GraphCypher.AuditRow(entry, next, i)).ToList();
            foreach (var batch in audit.Chunk(_options.BatchSize))
                await RunBatchAsync(transaction, "audit entries", GraphCypher.CreateAuditEntries, batch, cancellationToken);
            await _client.RunInTransactionAsync(transaction, GraphCypher.RecordChange, new Dictionary<string, object?>
            {
                ["revision"] = next,
                ["body"] = ChangeLog.Body(changes.Upserts),
                ["prunedThrough"] = ChangeLog.PrunedThrough(next),
            }, cancellationToken);
            await _client.RunInTransactionAsync(transaction, GraphCypher.SetRevision, new Dictionary<string, object?> { ["value"] = next }, cancellationToken);
            committing = true;
            await _client.CommitAsync(transaction, cancellationToken);
            progress?.Report(written);
            _logger.LogInformation("Neo4j graph at revision {Revision} after writing {Records} records", next, written);
            return next;
        }
        catch when (!committing)
        {
            await RollBackQuietlyAsync(transaction);
            throw;
        }
    }

    private async Task RunBatchAsync(
        Neo4jTransaction transaction, string what, string statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var result = await _client.RunInTransactionAsync(transaction, statement, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken);
        var written = result.GetInt64(0, "written");
        if (written < rows.Count)
            throw new InvalidOperationException(
                $"Neo4j stored {written} of {rows.Count} {what}, so nothing was written. " +
                "A mapping is stored only when both its ends are competences, roles or standards in the graph.");
    }

    private async Task RollBackQuietlyAsync(Neo4jTransaction transaction)
    {
        try
        {
            // Not the caller's token: a cancelled write must still release its locks now.
            await _client.RollbackAsync(transaction, CancellationToken.None);
        }
        catch (Exception error) when (error is Neo4jException or HttpRequestException or TimeoutException or InvalidDataException)
        {
            // The server already closed a transaction that failed, or drops it when it expires.
            _logger.LogDebug("Neo4j rollback of transaction {Transaction} failed: {Error}", transaction.Id, error.Message);
        }
    }

    private async Task<List<Dataset>> LoadRecordsAsync(CancellationToken cancellationToken)
    {
        var found = await RunIdempotentAsync(GraphCypher.LoadDatasets, null, Neo4jAccessMode.Read, cancellationToken);
        var datasets = new List<Dataset>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < found.Rows.Count; row++)
        {
            position[found.GetString(row, "id")!] = datasets.Count;
            datasets.Add(new Dataset(RecordJson.Parse<DatasetInfo>(found.GetString(row, "body")!)));
        }

        foreach (var kind in RecordKinds.All)
        {
            var bodies = datasets.Select(_ => new List<string>()).ToArray();
            string? after = null;
            while (true)
            {
                var parameters = new Dictionary<string, object?> { ["pageSize"] = _options.PageSize };
                if (after is not null) parameters["afterKey"] = after;
                var page = await RunIdempotentAsync(kind.PageStatement(first: after is null), parameters, Neo4jAccessMode.Read, cancellationToken);
                for (var row = 0; row < page.Rows.Count; row++)
                {
                    var dataset = page.GetString(row, "dataset");
                    if (dataset is null || !position.TryGetValue(dataset, out var index))
                        throw new InvalidDataException($"A record of {kind.Name} names dataset '{dataset}', which is not in the graph.");
                    bodies[index].Add(page.GetString(row, "body")
                        ?? throw new InvalidDataException($"A record of {kind.Name} has no body: was it written by another program?"));
                }
                if (page.Rows.Count < _options.PageSize) break;
                after = page.GetString(page.Rows.Count - 1, "recordKey");
            }
            for (var i = 0; i < datasets.Count; i++)
                datasets[i] = kind.Assign(datasets[i], bodies[i]);
        }
        return datasets;
    }

    private async Task<Neo4jResult> RunIdempotentAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters, Neo4jAccessMode accessMode, CancellationToken cancellationToken) =>
        await _idempotent.ExecuteAsync(
            async token => await _client.RunAsync(statement, parameters, accessMode, token), cancellationToken);
}
