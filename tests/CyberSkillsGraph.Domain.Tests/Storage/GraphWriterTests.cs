using System.Reflection;
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
        var (store, race) = RacingStore.Create(conflicts: 1);

        var result = await new DatasetImporter(store).ImportAsync([Region], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Written, result.Status);
        Assert.Equal(1, result.Records);
        Assert.Equal([0L, 1L], race.ExpectedRevisions);
        Assert.Equal(2, race.Loads);
    }

    [Fact]
    public async Task ImportAsync_WhenAnotherWriterWinsEveryAttempt_ThenConflictWithAProblemAndNothingWritten()
    {
        var (store, race) = RacingStore.Create(conflicts: int.MaxValue);

        var result = await new DatasetImporter(store).ImportAsync([Region], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, result.Status);
        Assert.False(result.Succeeded);
        Assert.Contains("nothing was written", Assert.Single(result.Problems).Message);
        Assert.Equal(GraphWriter.MaxAttempts, race.ExpectedRevisions.Count);
    }

    [Fact]
    public async Task ImportAsync_WhenADocumentBreaksARule_ThenRejectedWithTheProblemAndTheStoreIsNotAsked()
    {
        var (store, race) = RacingStore.Create(conflicts: 0);
        var orphan = new NamedDataset("orphan.json", TestDocuments.Parse("""
            { "dataset": { "id": "o", "title": "O", "source": "test" }, "regions": [ { "code": "YY", "name": "Y", "parent": "ZZ" } ] }
            """));

        var result = await new DatasetImporter(store).ImportAsync([orphan], [], null, null, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, result.Status);
        Assert.Contains(result.Problems, p => p.Document == "orphan.json" && p.Path.Contains("parent", StringComparison.Ordinal));
        Assert.Empty(race.ExpectedRevisions);
    }

    [Fact]
    public async Task WriteAsync_WhenThePreparedChangeIsEmpty_ThenUnchangedAtTheSameRevisionAndNothingStored()
    {
        var (store, race) = RacingStore.Create(conflicts: 0);
        var target = new DatasetImporter(store);

        var result = await GraphWriter.WriteAsync(store, target, new GraphContent(7, []), _ => new WriteRequest([], []), null, CancellationToken.None);

        Assert.Equal((WriteStatus.Unchanged, 7L), (result.Status, result.Revision));
        Assert.Empty(race.ExpectedRevisions);
    }

    /// <summary>
    /// An empty store that loses the race to another writer <c>conflicts</c> times, each time moving one revision on. A proxy
    /// that answers what a write uses (load, apply, revision), so that members added to the store interface later need nothing here.
    /// </summary>
    public class RacingStore : DispatchProxy
    {
        private int _conflicts;
        private long _revision;

        public List<long> ExpectedRevisions { get; } = [];

        public int Loads { get; private set; }

        public static (IGraphStore Store, RacingStore Race) Create(int conflicts)
        {
            var store = Create<IGraphStore, RacingStore>();
            var race = (RacingStore)(object)store;
            race._conflicts = conflicts;
            return (store, race);
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args) => method!.Name switch
        {
            nameof(IGraphStore.LoadAsync) => Load(),
            nameof(IGraphStore.ApplyAsync) => Apply((ChangeSet)args![0]!),
            nameof(IGraphStore.GetRevisionAsync) => Task.FromResult(_revision),
            _ => throw new NotSupportedException(method.Name),
        };

        private Task<GraphContent> Load()
        {
            Loads++;
            return Task.FromResult(new GraphContent(_revision, []));
        }

        private Task<long> Apply(ChangeSet changes)
        {
            ExpectedRevisions.Add(changes.ExpectedRevision!.Value);
            if (ExpectedRevisions.Count <= _conflicts)
            {
                _revision++;
                return Task.FromException<long>(new RevisionConflictException(changes.ExpectedRevision.Value, _revision));
            }
            return Task.FromResult(++_revision);
        }
    }
}
