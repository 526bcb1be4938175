using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// importDataset once bypassed ownership and review: a standards-body token stored an approved mapping under another
/// account's name, overwrote another provider's programme with 1,000,000 seats and set Japan's demand to 0. Every
/// write path now applies the same rules; the audit trail names each record an import changes.
/// </summary>
public sealed class ImportAbuseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Import = """
        mutation($input: ImportDatasetInput!) { importDataset(input: $input) { revision recordsChanged mappingsProposed userErrors { field code message } } }
        """;

    private const string Upsert = "mutation($input: MappingInput!) { upsertMapping(input: $input) { mapping { status relationship proposal { relationship author } } } }";

    private const string Approve = """
        mutation($input: ApproveMappingInput!) { approveMapping(input: $input) { mapping { status relationship strength author proposal { author } } } }
        """;

    /// <summary>Two standards of this test's own, so that no other test's data is involved.</summary>
    private static string Standards(string prefix) => $$"""
        "standards": [ { "id": "{{prefix}}-A", "title": "A", "kind": "standard" }, { "id": "{{prefix}}-B", "title": "B", "kind": "standard" } ]
        """;

    private static string Document(string id, string body) => $$"""{ "dataset": { "id": "{{id}}", "title": "t", "source": "s" }, {{body}} }""";

    private static async Task<JsonElement> ImportAsync(HttpClient client, string document)
    {
        var payload = (await client.PostAsync(Import, new { input = new { document } })).Data().GetProperty("importDataset");
        Assert.Empty(payload.UserErrors());
        return payload;
    }

    private async Task<JsonElement> MappingAsync(string source) =>
        (await factory.CreateClient().PostAsync($$"""{ standard(id: "{{source}}") { mappings { nodes { status relationship strength author proposal { relationship author } } } } }"""))
        .Data().GetProperty("standard").GetProperty("mappings").GetProperty("nodes").EnumerateArray().Single();

    private async Task<IReadOnlyList<string>> EquivalentsAsync(string id) =>
        [.. (await factory.CreateClient().PostAsync($$"""{ equivalents(id: "{{id}}") { nodes { element { id } } } }"""))
            .Data().GetProperty("equivalents").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("element").GetProperty("id").GetString()!)];

    [Fact]
    public async Task Import_WhenAStandardsBodySendsAnApprovedMappingWithAForgedAuthor_ThenItIsStoredAsItsOwnProposal()
    {
        var standards = await factory.ClientForAsync("test-standards");
        var document = Document("forged-author", Standards("FA") + """
            , "mappings": [ { "source": "FA-A", "relationship": "equal", "target": "FA-B", "strength": 10, "author": "test-standards-reviewer" } ]
            """);

        var result = await ImportAsync(standards, document);
        var mapping = await MappingAsync("FA-A");

        Assert.Equal(1, result.GetProperty("mappingsProposed").GetInt32());
        Assert.Equal(("PROPOSED", "test-standards"), (mapping.GetProperty("status").GetString(), mapping.GetProperty("author").GetString()));
        Assert.DoesNotContain("FA-B", await EquivalentsAsync("FA-A"));
    }

    [Fact]
    public async Task Import_WhenAStandardsBodyOverwritesAProvidersProgramme_ThenItIsForbiddenAndNothingChanges()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var programme = (await provider.PostAsync("""
            mutation { registerTrainingProgramme(input: { title: "Owned course", regions: ["DE"], seatsPerYear: 12, hours: 8, develops: [ { competence: "ECF:E.3", level: 3 } ] }) { trainingProgramme { id } } }
            """)).Data().GetProperty("registerTrainingProgramme").GetProperty("trainingProgramme").GetProperty("id").GetString();
        var standards = await factory.ClientForAsync("test-standards");
        var document = Document("hijack", $$"""
            "trainingProgrammes": [ { "id": "{{programme}}", "title": "Hijacked", "provider": "prov-ill-de-institut", "regions": ["DE"],
                                      "seatsPerYear": 1000000, "hours": 1, "develops": [] } ]
            """);

        var error = (await standards.PostAsync(Import, new { input = new { document } })).SingleError();
        var stored = (await factory.CreateClient().PostAsync($$"""{ trainingProgramme(id: "{{programme}}") { title seatsPerYear } }"""))
            .Data().GetProperty("trainingProgramme");

        Assert.Equal("FORBIDDEN", error.Code());
        Assert.Contains("training programmes", error.GetProperty("message").GetString());
        Assert.Equal(("Owned course", 12), (stored.GetProperty("title").GetString(), stored.GetProperty("seatsPerYear").GetInt32()));
    }

    [Theory]
    [InlineData("regions", "regions")]
    [InlineData("training-illustrative", "providers")]
    public async Task Import_WhenAStandardsBodyRewritesTheAttributionOfAnAdministeredDataset_ThenItIsForbiddenAndTheDatasetIsUnchanged(string dataset, string holds)
    {
        const string Datasets = "{ datasets(first: 500) { nodes { id title source licence } } }";
        var before = (await factory.CreateClient().PostAsync(Datasets)).Data().ToString();
        Assert.Contains($"\"{dataset}\"", before);
        var standards = await factory.ClientForAsync("test-standards");
        var document = $$"""{ "dataset": { "id": "{{dataset}}", "title": "Hijacked attribution", "source": "https://evil.example", "licence": "All rights reserved" } }""";

        var error = (await standards.PostAsync(Import, new { input = new { document } })).SingleError();

        Assert.Equal("FORBIDDEN", error.Code());
        Assert.Contains($"holds {holds}", error.GetProperty("message").GetString());
        Assert.Equal(before, (await factory.CreateClient().PostAsync(Datasets)).Data().ToString());
    }

    [Fact]
    public async Task Import_WhenACompetencesLevelsWouldExcludeAStoredRolesRequirement_ThenNothingIsWrittenAndTheProblemNamesTheRole()
    {
        const string Competence = """{ competence(id: "ECF:B.5") { maxLevel } }""";
        var standards = await factory.ClientForAsync("test-standards");
        var document = Document("narrow-b5", """
            "competences": [ { "id": "ECF:B.5", "framework": "ECF", "code": "B.5", "title": "Documentation Production", "minLevel": 1, "maxLevel": 1, "area": "B. Build" } ]
            """);

        var payload = (await standards.PostAsync(Import, new { input = new { document } })).Data().GetProperty("importDataset");

        var errors = payload.UserErrors();
        Assert.Contains(errors, e => e.StartsWith("input/document INVALID: $.competences[0].maxLevel: 1 would leave level 3 out of ECF:B.5's range, but stored role ECSF:", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("input/document INVALID: $.competences[0].maxLevel: 1 would leave level ", e));
        Assert.Equal(3, (await factory.CreateClient().PostAsync(Competence)).Data().GetProperty("competence").GetProperty("maxLevel").GetInt32());
    }

    [Fact]
    public async Task Import_WhenAStandardsBodySetsDemand_ThenItIsForbiddenAndDemandIsUnchanged()
    {
        const string Demand = """{ demand(region: "JP", first: 500) { totalCount nodes { role { id } year openings } } }""";
        var before = (await factory.CreateClient().PostAsync(Demand)).Data().ToString();
        var standards = await factory.ClientForAsync("test-standards");
        var document = Document("zero-demand", """
            "demand": [ { "region": "JP", "role": "ECSF:CISO", "year": 2026, "openings": 0 } ]
            """);

        var error = (await standards.PostAsync(Import, new { input = new { document } })).SingleError();

        Assert.Equal("FORBIDDEN", error.Code());
        Assert.Equal(before, (await factory.CreateClient().PostAsync(Demand)).Data().ToString());
    }

    [Fact]
    public async Task Upsert_WhenOneAccountWithdrawsAnApprovedMapping_ThenItStaysInForceUntilAnotherApproves()
    {
        var admin = await factory.ClientForAsync("test-admin");
        await ImportAsync(admin, Document("withdraw", Standards("WD") + """
            , "mappings": [ { "source": "WD-A", "relationship": "equal", "target": "WD-B", "strength": 10, "status": "approved" } ]
            """));
        var standards = await factory.ClientForAsync("test-standards");
        var reviewer = await factory.ClientForAsync("test-standards-reviewer");
        var withdraw = new { source = "WD-A", target = "WD-B", relationship = "NOT_RELATED", strength = 0 };

        var pending = (await standards.PostAsync(Upsert, new { input = withdraw })).Data().GetProperty("upsertMapping").GetProperty("mapping");
        var stillEquivalent = await EquivalentsAsync("WD-A");
        var selfApproval = (await standards.PostAsync(Approve, new { input = new { source = "WD-A", target = "WD-B" } })).SingleError();
        var approved = (await reviewer.PostAsync(Approve, new { input = new { source = "WD-A", target = "WD-B" } })).Data().GetProperty("approveMapping").GetProperty("mapping");

        Assert.Equal(("APPROVED", "EQUAL"), (pending.GetProperty("status").GetString(), pending.GetProperty("relationship").GetString()));
        Assert.Equal(("NOT_RELATED", "test-standards"),
            (pending.GetProperty("proposal").GetProperty("relationship").GetString(), pending.GetProperty("proposal").GetProperty("author").GetString()));
        Assert.Contains("WD-B", stillEquivalent);
        Assert.Equal("FORBIDDEN", selfApproval.Code());
        Assert.Equal(("NOT_RELATED", "test-standards"), (approved.GetProperty("relationship").GetString(), approved.GetProperty("author").GetString()));
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("proposal").ValueKind);
        Assert.DoesNotContain("WD-B", await EquivalentsAsync("WD-A"));
    }

    [Fact]
    public async Task Import_WhenAStandardsBodyWeakensAnApprovedMapping_ThenTheChangeWaitsAsAProposal()
    {
        var admin = await factory.ClientForAsync("test-admin");
        await ImportAsync(admin, Document("weaken", Standards("WK") + """
            , "mappings": [ { "source": "WK-A", "relationship": "equal", "target": "WK-B", "strength": 10, "status": "approved" } ]
            """));
        var standards = await factory.ClientForAsync("test-standards");

        var result = await ImportAsync(standards, Document("weaken-2", """
            "mappings": [ { "source": "WK-A", "relationship": "intersects_with", "target": "WK-B", "strength": 2, "status": "approved" } ]
            """));
        var mapping = await MappingAsync("WK-A");

        Assert.Equal(1, result.GetProperty("mappingsProposed").GetInt32());
        Assert.Equal(("APPROVED", "EQUAL"), (mapping.GetProperty("status").GetString(), mapping.GetProperty("relationship").GetString()));
        Assert.Equal("INTERSECTS_WITH", mapping.GetProperty("proposal").GetProperty("relationship").GetString());
    }

    [Fact]
    public async Task Import_WhenItChangesSomeRecords_ThenTheAuditTrailHasOneEntryPerChangedRecordWithBeforeAndAfter()
    {
        var admin = await factory.ClientForAsync("test-admin");
        await ImportAsync(admin, Document("audited", Standards("AU")));

        var result = await ImportAsync(admin, Document("audited", """
            "standards": [ { "id": "AU-A", "title": "A", "kind": "standard" }, { "id": "AU-B", "title": "B renamed", "kind": "standard" },
                           { "id": "AU-C", "title": "C", "kind": "standard" } ]
            """));
        var trail = (await admin.PostAsync("""{ auditTrail(first: 500) { nodes { action kind key before after } } }""")).Data().GetProperty("auditTrail").GetProperty("nodes")
            .EnumerateArray().Where(e => e.GetProperty("key").GetString() is "AU-A" or "AU-B" or "AU-C").ToList();

        Assert.Equal(2, result.GetProperty("recordsChanged").GetInt32());
        // AU-A and AU-B were created by the first import, AU-B changed and AU-C was created by the second; AU-A was left alone.
        Assert.Equal([("AU-A", 1), ("AU-B", 2), ("AU-C", 1)],
            trail.CountBy(e => e.GetProperty("key").GetString()!).OrderBy(g => g.Key).Select(g => (g.Key, g.Value)));
        Assert.All(trail, e => Assert.Equal(("IMPORT_DATASET", "STANDARD"), (e.GetProperty("action").GetString(), e.GetProperty("kind").GetString())));
        var renamed = trail.Single(e => e.GetProperty("key").GetString() == "AU-B" && e.GetProperty("before").ValueKind == JsonValueKind.String);
        Assert.Contains("\"title\":\"B\"", renamed.GetProperty("before").GetString());
        Assert.Contains("\"title\":\"B renamed\"", renamed.GetProperty("after").GetString());
    }
}
