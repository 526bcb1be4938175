using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Storage.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do. A backend's test class derives from this and says
/// how to open a fresh store and how to open a second handle on the same store. This folder is shared
/// source: each store's test project compiles it (see its .csproj), so the suite has one copy.
/// </summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A handle on the store under test, initialised.</summary>
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>Creates an empty store for one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Opens another handle on the same store, as a second process or a restart would.</summary>
    protected abstract IGraphStore OpenSameStore();

    public async ValueTask InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.InitializeAsync(Cancel);
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Dataset WorkedExample => StoreTestData.WorkedExample;

    [Fact]
    public async Task Load_WhenStoreIsNew_ThenItIsEmptyAtRevisionZero()
    {
        var content = await Store.LoadAsync(Cancel);

        Assert.Equal(0, content.Revision);
        Assert.Empty(content.Datasets);
        Assert.Equal(0, await Store.GetRevisionAsync(Cancel));
    }

    [Fact]
    public async Task Apply_WhenDatasetIsWritten_ThenLoadReturnsEveryRecord()
    {
        var revision = await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(1, revision);
        Assert.Equal(1, content.Revision);
        StoreAssert.SameRecords(WorkedExample, Assert.Single(content.Datasets));
    }

    [Fact]
    public async Task Apply_WhenSeedDataIsWritten_ThenItRoundTrips()
    {
        var seed = await StoreTestData.SeedAsync();

        await Store.ApplyAsync(new ChangeSet(seed), null, Cancel);

        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(seed.Select(d => d.Info.Id), content.Datasets.Select(d => d.Info.Id));
        foreach (var (expected, actual) in seed.Zip(content.Datasets)) StoreAssert.SameRecords(expected, actual);
    }

    [Fact]
    public async Task Apply_WhenTheSameDatasetIsWrittenTwice_ThenTheRecordsAreUpsertedAndTheRevisionStillMoves()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var second = await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(2, second);
        StoreAssert.SameRecords(WorkedExample, Assert.Single(content.Datasets));
    }

    [Fact]
    public async Task Apply_WhenARecordIsWrittenByAnotherDataset_ThenItMovesThereWithItsNewValues()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var changed = WorkedExample.TrainingProgrammes[0] with { SeatsPerYear = 99 };
        var update = new Dataset(new DatasetInfo("updates", "Updates", "test")) { TrainingProgrammes = [changed] };

        await Store.ApplyAsync(new ChangeSet([update]), null, Cancel);

        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(["worked-example", "updates"], content.Datasets.Select(d => d.Info.Id));
        Assert.DoesNotContain(content.Datasets[0].TrainingProgrammes, p => p.Id == changed.Id);
        Assert.Equal(99, Assert.Single(content.Datasets[1].TrainingProgrammes).SeatsPerYear);
        Assert.Equal(WorkedExample.TrainingProgrammes.Count, content.TrainingProgrammes.Count());
    }

    [Fact]
    public async Task Apply_WhenExpectedRevisionIsStale_ThenNothingIsWritten()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var update = new Dataset(new DatasetInfo("late", "Late", "test")) { Regions = [new Region("JP", "Japan", null)] };

        var conflict = await Assert.ThrowsAsync<RevisionConflictException>(() => Store.ApplyAsync(new ChangeSet([update], ExpectedRevision: 0), null, Cancel));

        Assert.Equal((0L, 1L), (conflict.Expected, conflict.Actual));
        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(1, content.Revision);
        Assert.DoesNotContain(content.Regions, r => r.Code == "JP");
    }

    [Fact]
    public async Task Apply_WhenCancelledPartWayThrough_ThenNoRecordOfTheChangeSetIsStored()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var large = StoreTestData.ManyRegions(12_000);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        // Cancel as soon as the store says it has written some records, before it commits.
        var progress = new InlineProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ApplyAsync(new ChangeSet([large]), progress, cancellation.Token));

        var content = await OpenSameStore().LoadAsync(Cancel);
        Assert.Equal(1, content.Revision);
        Assert.Equal(WorkedExample.Regions.Count, content.Regions.Count());
    }

    [Fact]
    public async Task Apply_WhenWritersRunConcurrently_ThenNoUpdateIsLost()
    {
        var other = OpenSameStore();
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var writes = Enumerable.Range(0, 20).Select(i =>
        {
            var store = i % 2 == 0 ? Store : other;
            var dataset = new Dataset(new DatasetInfo($"w{i}", "w", "test")) { Regions = [new Region($"R{i}", $"Region {i}", "EU")] };
            return Task.Run(() => store.ApplyAsync(new ChangeSet([dataset]), null, Cancel), Cancel);
        });

        var revisions = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(2, 20).Select(r => (long)r), revisions.Order());
        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(21, content.Revision);
        Assert.Equal(20, content.Regions.Count(r => r.Code.StartsWith('R')));
    }

    [Fact]
    public async Task Load_WhenStoreIsReopened_ThenTheDataSurvived()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        var reopened = OpenSameStore();
        await reopened.InitializeAsync(Cancel);

        var content = await reopened.LoadAsync(Cancel);
        Assert.Equal(1, content.Revision);
        StoreAssert.SameRecords(WorkedExample, Assert.Single(content.Datasets));
    }

    [Fact]
    public async Task GetRevision_WhenAnotherHandleWrites_ThenTheFirstSeesIt()
    {
        var other = OpenSameStore();

        await other.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        Assert.Equal(1, await Store.GetRevisionAsync(Cancel));
        Assert.Equal(WorkedExample.Roles.Count, (await Store.LoadAsync(Cancel)).Roles.Count());
    }

    [Fact]
    public async Task Apply_WhenTextHoldsQuotesAndQueryFragments_ThenItIsStoredVerbatim()
    {
        const string hostile = "Robert'); DROP TABLE regions;-- \" MATCH (n) DETACH DELETE n \u0001 ✓ 日本";
        var dataset = new Dataset(new DatasetInfo("hostile", hostile, hostile)) { Regions = [new Region("X1", hostile, null, hostile)] };

        await Store.ApplyAsync(new ChangeSet([dataset]), null, Cancel);

        var region = Assert.Single((await Store.LoadAsync(Cancel)).Regions);
        Assert.Equal((hostile, hostile), (region.Name, region.Note));
    }

    [Fact]
    public async Task ReadAudit_WhenChangeSetsCarryEntries_ThenTheyComeBackNewestFirstWithTheirRevision()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(9));
        AuditEntry Entry(string actor, string key) => new(0, at, actor, "update", "region", key, "{\"code\":\"" + key + "\"}", null);
        var first = await Store.ApplyAsync(new ChangeSet([WorkedExample], Audit: [Entry("alice", "EU"), Entry("bob", "DE")]), null, Cancel);
        var second = await Store.ApplyAsync(new ChangeSet([WorkedExample], Audit: [Entry("alice", "FR")]), null, Cancel);

        var all = await Store.ReadAuditAsync(new AuditQuery(), Cancel);
        var alice = await Store.ReadAuditAsync(new AuditQuery(Actor: "alice"), Cancel);
        var older = await Store.ReadAuditAsync(new AuditQuery(BeforeRevision: second, Limit: 1), Cancel);

        Assert.Equal([("FR", second), ("DE", first), ("EU", first)], all.Select(e => (e.Key, e.Revision)));
        Assert.Equal(["FR", "EU"], alice.Select(e => e.Key));
        Assert.Equal("DE", Assert.Single(older).Key);
        Assert.Equal((at, "{\"code\":\"DE\"}", (string?)null), (older[0].At, older[0].Before, older[0].After));
    }

    [Fact]
    public async Task LoadChanges_WhenOtherRevisionsFollowTheCallers_ThenEachComesBackAndReplayingThemGivesTheStoredGraph()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var replica = await OpenSameStore().LoadAsync(Cancel);
        var changed = WorkedExample.TrainingProgrammes[0] with { SeatsPerYear = 99 };
        var update = new Dataset(new DatasetInfo("updates", "Updates", "test")) { TrainingProgrammes = [changed] };
        var regions = new Dataset(new DatasetInfo("late", "Late", "test")) { Regions = [new Region("JP", "Japan", null)] };
        await Store.ApplyAsync(new ChangeSet([update]), null, Cancel);
        await Store.ApplyAsync(new ChangeSet([regions, WorkedExample with { Regions = [] }]), null, Cancel);

        var changes = (await OpenSameStore().LoadChangesAsync(replica.Revision, Cancel))!;

        Assert.Equal([2L, 3L], changes.Select(c => c.Revision));
        StoreAssert.SameRecords(update, Assert.Single(changes[0].Upserts));
        Assert.Equal(2, changes[1].Upserts.Count);
        StoreAssert.SameRecords(regions, changes[1].Upserts[0]);
        StoreAssert.SameRecords(WorkedExample with { Regions = [] }, changes[1].Upserts[1]);
        var replayed = replica.With([.. changes.SelectMany(c => c.Upserts)], changes[^1].Revision);
        var stored = await Store.LoadAsync(Cancel);
        Assert.Equal(stored.Revision, replayed.Revision);
        Assert.Equal(stored.Datasets.Select(d => d.Info.Id), replayed.Datasets.Select(d => d.Info.Id));
        foreach (var (expected, actual) in stored.Datasets.Zip(replayed.Datasets)) StoreAssert.SameRecords(expected, actual);
    }

    [Fact]
    public async Task LoadChanges_WhenTheCallerIsAtTheStoresRevision_ThenThereAreNone()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        Assert.Empty((await Store.LoadChangesAsync(1, Cancel))!);
    }

    [Fact]
    public async Task LoadChanges_WhenAChangeSetWasTooLargeToKeep_ThenACallerBeforeItLoadsEverythingAndOneAfterItDoesNot()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);
        var large = await Store.ApplyAsync(new ChangeSet([StoreTestData.ManyRegions(ChangeLog.MaxRecords + 1)]), null, Cancel);
        var regions = new Dataset(new DatasetInfo("late", "Late", "test")) { Regions = [new Region("JP", "Japan", null)] };
        await Store.ApplyAsync(new ChangeSet([regions]), null, Cancel);

        Assert.Null(await Store.LoadChangesAsync(large - 1, Cancel));
        StoreAssert.SameRecords(regions, Assert.Single(Assert.Single((await Store.LoadChangesAsync(large, Cancel))!).Upserts));
    }

    [Fact]
    public async Task LoadChanges_WhenTheCallerIsAheadOfTheStore_ThenItLoadsEverything()
    {
        await Store.ApplyAsync(new ChangeSet([WorkedExample]), null, Cancel);

        // A store restored from an older backup: the caller's snapshot is not a revision of it.
        Assert.Null(await Store.LoadChangesAsync(5, Cancel));
    }

    [Fact]
    public async Task ReadAudit_WhenSkippingIntoARevision_ThenThePageStartsAtThatEntryAndTheCountIgnoresPaging()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        AuditEntry Entry(string actor, string key) => new(0, at, actor, "update", "region", key, null, "{}");
        var first = await Store.ApplyAsync(new ChangeSet([WorkedExample], Audit: [Entry("alice", "EU"), Entry("bob", "DE"), Entry("alice", "JP")]), null, Cancel);
        var second = await Store.ApplyAsync(new ChangeSet([WorkedExample], Audit: [Entry("alice", "FR")]), null, Cancel);

        var inFirst = await Store.ReadAuditAsync(new AuditQuery(BeforeRevision: first + 1, Skip: 1, Limit: 5), Cancel);

        Assert.Equal(["DE", "EU"], inFirst.Select(e => e.Key));
        Assert.Equal(4, await Store.CountAuditAsync(new AuditQuery(Skip: 3, Limit: 1), Cancel));
        Assert.Equal(3, await Store.CountAuditAsync(new AuditQuery(Actor: "alice"), Cancel));
        Assert.Equal(3, await Store.CountAuditAsync(new AuditQuery(BeforeRevision: second), Cancel));
    }

    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
