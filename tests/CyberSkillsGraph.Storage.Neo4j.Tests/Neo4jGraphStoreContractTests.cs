using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Contract;
using CyberSkillsGraph.Storage.Neo4j.Http;

namespace CyberSkillsGraph.Storage.Neo4j.Tests;

/// <summary>
/// The store contract, and the graph model that analysts see, against a real Neo4j (see
/// <see cref="Neo4jServer"/>); skipped with the reason when there is none. DESTRUCTIVE: every test
/// starts by deleting every node of the database.
/// </summary>
public sealed class Neo4jGraphStoreContractTests(Neo4jServer server) : GraphStoreContractTests, IClassFixture<Neo4jServer>
{
    private readonly List<Neo4jGraphStore> _stores = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        server.Require();
        await server.WipeAsync(Cancel);
        return Open();
    }

    protected override IGraphStore OpenSameStore() => Open();

    public override ValueTask DisposeAsync()
    {
        foreach (var store in _stores) store.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Apply_WhenWorkedExampleIsWritten_ThenTheAnalystRelationshipsMirrorTheRecords()
    {
        var example = StoreTestData.WorkedExample with
        {
            Mappings = [new Mapping("ECF:D.1", Relationship.SubsetOf, "ECF:E.3", 6, Rationale.Semantic, null, MappingStatus.Approved, "test")],
        };

        await Store.ApplyAsync(new ChangeSet([example]), null, Cancel);

        Assert.Equal(example.Roles.Sum(r => r.Requires.Count), await CountAsync("MATCH (:Role)-[r:REQUIRES]->(:Competence) RETURN count(r) AS n"));
        Assert.Equal(example.TrainingProgrammes.Sum(p => p.Develops.Count), await CountAsync("MATCH (:TrainingProgramme)-[r:DEVELOPS]->(:Competence) RETURN count(r) AS n"));
        Assert.Equal(example.TrainingProgrammes.Sum(p => p.Regions.Count), await CountAsync("MATCH (:TrainingProgramme)-[r:OFFERED_IN]->(:Region) RETURN count(r) AS n"));
        Assert.Equal(example.Regions.Count(r => r.Parent is not null), await CountAsync("MATCH (:Region)-[r:PART_OF]->(:Region) RETURN count(r) AS n"));
        Assert.Equal(example.Mappings.Count, await CountAsync("MATCH (:Element)-[m:MAPS_TO]->(:Element) RETURN count(m) AS n"));
        Assert.Equal(example.Demand.Count, await CountAsync("MATCH (e:DemandEntry)-[:FOR_ROLE]->(:Role) MATCH (e)-[:IN_REGION]->(:Region) RETURN count(e) AS n"));
        Assert.Equal(example.RecordCount - example.Mappings.Count, await CountAsync("MATCH (n)-[:FROM_DATASET]->(:Dataset {id: 'worked-example'}) RETURN count(n) AS n"));
    }

    [Fact]
    public async Task Apply_WhenARoleIsWrittenAgainWithFewerRequirements_ThenItsOldRequirementsAreGone()
    {
        var example = StoreTestData.WorkedExample;
        await Store.ApplyAsync(new ChangeSet([example]), null, Cancel);
        var role = example.Roles[0] with { Requires = [example.Roles[0].Requires[0]] };

        await Store.ApplyAsync(new ChangeSet([new Dataset(new DatasetInfo("fix", "Fix", "test")) { Roles = [role] }]), null, Cancel);

        Assert.Equal(1, await CountAsync($"MATCH (:Role {{id: '{role.Id}'}})-[r:REQUIRES]->() RETURN count(r) AS n"));
        Assert.Equal(1, await CountAsync($"MATCH (:Role {{id: '{role.Id}'}})-[:FROM_DATASET]->(d:Dataset) RETURN count(d) AS n"));
    }

    [Fact]
    public async Task Apply_WhenAMappingNamesAMissingElement_ThenNothingOfTheChangeSetIsWritten()
    {
        var orphan = new Mapping("NOPE:1", Relationship.Equal, "NOPE:2", 10, Rationale.Semantic, null, MappingStatus.Approved, "test");
        var dataset = new Dataset(new DatasetInfo("orphan", "Orphan", "test")) { Regions = [new Region("X1", "X", null)], Mappings = [orphan] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ApplyAsync(new ChangeSet([dataset]), null, Cancel));

        var content = await Store.LoadAsync(Cancel);
        Assert.Equal(0, content.Revision);
        Assert.Empty(content.Datasets);
    }

    [Fact]
    public async Task Initialize_WhenCalledAgain_ThenTheSchemaIsKeptAndTheDataToo()
    {
        await Store.ApplyAsync(new ChangeSet([StoreTestData.WorkedExample]), null, Cancel);

        await Store.InitializeAsync(Cancel);

        Assert.Equal(1, await Store.GetRevisionAsync(Cancel));
        Assert.True(await CountAsync("SHOW CONSTRAINTS YIELD name WHERE name IN ['region_code', 'maps_to_key', 'revision_id'] RETURN count(*) AS n") == 3);
    }

    private Neo4jGraphStore Open()
    {
        var store = Neo4jGraphStore.Create(server.Require());
        _stores.Add(store);
        return store;
    }

    private async Task<long> CountAsync(string statement) =>
        (await server.Client().RunAsync(statement, null, Neo4jAccessMode.Read, Cancel)).GetInt64(0, "n");
}
