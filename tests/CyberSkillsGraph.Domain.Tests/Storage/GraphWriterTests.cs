using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Domain.Tests.Storage;

public sealed class GraphWriterTests
{
    private static readonly NamedDataset Region = new("region.json", TestDocuments.Parse("""
        { "dataset": { "id": "w", "title": "W", "source": "test" }, "regions": [ { "code": "XX", "name": "Nowhere" } ] }
        """));

    [Fact]
    public async Task ImportAsync_WhenAnotherWriterWinsOnce_ThenTheDocumentsAreValidatedAgainstTheReloadedGraphAndWritten()
    {
        var store = new RacingStore(conflicts: 1);

        var result = await new DatasetImporter(store).ImportAsync([Region], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Written, result.Status);
        Assert.Equal(1, result.Records);
        Assert.Equal([0L, 1L], store.ExpectedRevisions);
        Assert.Equal(2, store.Loads);
    }

    [Fact]
    public async Task ImportAsync_WhenAnotherWriterWinsEveryAttempt_ThenConflictWithAProblemAndNothingWritten()
    {
        var store = new RacingStore(conflicts: int.MaxValue);

        var result = await new DatasetImporter(store).ImportAsync([Region], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, result.Status);
        Assert.False(result.Succeeded);
        Assert.Contains("nothing was written", Assert.Single(result.Problems).Message);
        Assert.Equal(GraphWriter.MaxAttempts, store.ExpectedRevisions.Count);
    }

    [Fact]
    public async Task ImportAsync_WhenADocumentBreaksARule_ThenRejectedWithTheProblemAndTheStoreIsNotAsked()
    {
        var store = new RacingStore(conflicts: 0);
        var orphan = new NamedDataset("orphan.json", TestDocuments.Parse("""
            { "dataset": { "id": "o", "title": "O", "source": "test" }, "regions": [ { "code": "YY", "name": "Y", "parent": "ZZ" } ] }
            """));

        var result = await new DatasetImporter(store).ImportAsync([orphan], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, result.Status);
        Assert.Contains(result.Problems, p => p.Document == "orphan.json" && p.Path.Contains("parent", StringComparison.Ordinal));
        Assert.Empty(store.ExpectedRevisions);
    }

    [Fact]
    public async Task WriteAsync_WhenThePreparedChangeIsEmpty_ThenUnchangedAtTheSameRevisionAndNothingStored()
    {
        var store = new RacingStore(conflicts: 0);
        var target = new DatasetImporter(store);

        var result = await GraphWriter.WriteAsync(store, target, new GraphContent(7, []), _ => new WriteRequest([], []), null, CancellationToken.None);

        Assert.Equal((WriteStatus.Unchanged, 7L), (result.Status, result.Revision));
        Assert.Empty(store.ExpectedRevisions);
    }

    /// <summary>An empty store that loses the race to another writer <c>conflicts</c> times, each time moving one revision on.</summary>
    private sealed class RacingStore(int conflicts) : IGraphStore
    {
        private long _revision;

        public List<long> ExpectedRevisions { get; } = [];

        public int Loads { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<GraphContent> LoadAsync(CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(new GraphContent(_revision, []));
        }

        public Task<long> ApplyAsync(ChangeSet changes, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            ExpectedRevisions.Add(changes.ExpectedRevision!.Value);
            if (ExpectedRevisions.Count <= conflicts)
            {
                _revision++;
                throw new RevisionConflictException(changes.ExpectedRevision.Value, _revision);
            }
            return Task.FromResult(++_revision);
        }

        public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(AuditQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>([]);

        public Task<long> GetRevisionAsync(CancellationToken cancellationToken) => Task.FromResult(_revision);
    }
}
