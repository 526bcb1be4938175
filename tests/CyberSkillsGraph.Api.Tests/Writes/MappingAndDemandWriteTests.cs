namespace CyberSkillsGraph.Api.Tests.Writes;

public sealed class MappingAndDemandWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Upsert = """
        mutation($input: MappingInput!) { upsertMapping(input: $input) { source target relationship status author strength } }
        """;

    private const string Approve = "mutation($s: ID!, $t: ID!) { approveMapping(source: $s, target: $t) { status } }";

    [Fact]
    public async Task Mapping_WhenProposedThenApprovedByAnotherAccount_ThenItTakesPartInAnalysis()
    {
        var author = await factory.ClientForAsync("test-standards");
        var reviewer = await factory.ClientForAsync("test-standards-reviewer");
        var input = new { source = "SECBOK:CISO", target = "ECSF:CISO", relationship = "INTERSECTS_WITH", strength = 6, rationale = "FUNCTIONAL", note = "test" };

        var proposed = (await author.PostAsync(Upsert, new { input })).Data().GetProperty("upsertMapping");
        var selfApproval = (await author.PostAsync(Approve, new { s = "SECBOK:CISO", t = "ECSF:CISO" })).SingleError();
        var approved = (await reviewer.PostAsync(Approve, new { s = "SECBOK:CISO", t = "ECSF:CISO" })).Data().GetProperty("approveMapping");

        Assert.Equal(("PROPOSED", "test-standards"), (proposed.GetProperty("status").GetString(), proposed.GetProperty("author").GetString()));
        Assert.Equal("FORBIDDEN", selfApproval.Code());
        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        var equivalents = (await factory.CreateClient().PostAsync("""{ equivalents(id: "ECSF:CISO") { nodes { element { id } class } } }""")).Data().GetProperty("equivalents").GetProperty("nodes").EnumerateArray();
        Assert.Contains(equivalents, e => e.GetProperty("element").GetProperty("id").GetString() == "SECBOK:CISO" && e.GetProperty("class").GetString() == "PARTIAL");
    }

    [Fact]
    public async Task Mapping_WhenBetweenDifferentKinds_ThenBadUserInput()
    {
        var author = await factory.ClientForAsync("test-standards");
        var input = new { source = "ECF:E.8", target = "ECSF:CISO", relationship = "SUBSET_OF", strength = 6 };

        var error = (await author.PostAsync(Upsert, new { input })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("a mapping joins elements of one kind", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Approve_WhenMappingDoesNotExist_ThenNotFound()
    {
        var reviewer = await factory.ClientForAsync("test-admin");

        Assert.Equal("NOT_FOUND", (await reviewer.PostAsync(Approve, new { s = "ECF:A.1", t = "ECF:A.2" })).SingleError().Code());
    }

    [Fact]
    public async Task SetDemand_WhenAPlannerRecordsOpenings_ThenTheGapReportUsesThem()
    {
        var planner = await factory.ClientForAsync("test-planner");

        var entry = (await planner.PostAsync("""
            mutation { setDemand(input: { region: "MT", role: "ECSF:CISO", year: 2031, openings: 7, source: "test" }) { openings region { code } role { id } } }
            """)).Data().GetProperty("setDemand");

        Assert.Equal(7, entry.GetProperty("openings").GetInt32());
        var report = (await factory.CreateClient().PostAsync("""{ regionGaps(region: "MT", year: 2031) { totals { openings } rows { competence { id } demand } } }"""))
            .Data().GetProperty("regionGaps");
        Assert.Equal(7, report.GetProperty("totals").GetProperty("openings").GetInt32());
        Assert.Equal(5, report.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task ImportDataset_WhenTheLastRecordIsBad_ThenProblemsAreReturnedAndNothingIsStored()
    {
        var admin = await factory.ClientForAsync("test-admin");
        var revision = (await admin.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();
        const string document = """
            { "dataset": { "id": "api-import", "title": "t", "source": "s" },
              "regions": [ { "code": "XA", "name": "Xanadu", "parent": null } ],
              "demand": [ { "region": "XA", "role": "ECSF:CISO", "year": 2026, "openings": -1 } ] }
            """;

        var result = (await admin.PostAsync("mutation($d: String!) { importDataset(document: $d) { succeeded records problems { path message } } }", new { d = document }))
            .Data().GetProperty("importDataset");

        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal("$.demand[0].openings", Assert.Single(result.GetProperty("problems").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal(revision, (await admin.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await admin.PostAsync("""{ region(code: "XA") { code } }""")).Data().GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task ImportDataset_WhenValid_ThenItIsStoredAndAudited()
    {
        var admin = await factory.ClientForAsync("test-admin");
        const string document = """{ "dataset": { "id": "api-import-ok", "title": "t", "source": "s" }, "regions": [ { "code": "XB", "name": "Xb", "parent": "EU" } ] }""";

        var result = (await admin.PostAsync("mutation($d: String!) { importDataset(document: $d) { succeeded records } }", new { d = document }))
            .Data().GetProperty("importDataset");

        Assert.True(result.GetProperty("succeeded").GetBoolean());
        var audit = (await admin.PostAsync("""{ auditTrail(key: "api-import-ok") { nodes { actor action kind revision } } }""")).Data().GetProperty("auditTrail");
        var entry = Assert.Single(audit.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("test-admin", "IMPORT_DATASET"), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AuditTrail_WhenAProgrammeIsUpdated_ThenBeforeAndAfterAreKept()
    {
        var provider = await factory.ClientForAsync("test-provider-jp");
        var programme = (await provider.PostAsync("""
            mutation { registerTrainingProgramme(input: { title: "Audit me", regions: ["JP"], seatsPerYear: 5, hours: 8, develops: [{ competence: "ECF:E.8", level: 3 }] }) { id version } }
            """)).Data().GetProperty("registerTrainingProgramme");
        var id = programme.GetProperty("id").GetString();
        await provider.PostAsync("""
            mutation($id: ID!, $v: String!) { updateTrainingProgramme(id: $id, version: $v, input: { title: "Audited", regions: ["JP"], seatsPerYear: 6, hours: 8, develops: [{ competence: "ECF:E.8", level: 3 }] }) { id } }
            """, new { id, v = programme.GetProperty("version").GetString() });
        var admin = await factory.ClientForAsync("test-admin");

        var entries = (await admin.PostAsync("query($k: String) { auditTrail(key: $k) { nodes { action actor before after } } }", new { k = id })).Data().GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(["UPDATE_TRAINING_PROGRAMME", "REGISTER_TRAINING_PROGRAMME"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Contains("\"title\":\"Audit me\"", entries[0].GetProperty("before").GetString());
        Assert.Contains("\"title\":\"Audited\"", entries[0].GetProperty("after").GetString());
        Assert.Equal("test-provider-jp", entries[0].GetProperty("actor").GetString());
        var planner = await factory.ClientForAsync("test-planner");
        Assert.Equal("FORBIDDEN", (await planner.PostAsync("{ auditTrail { totalCount } }")).SingleError().Code());
    }

    [Fact]
    public async Task AuditTrail_WhenPagedOneEntryAtATimeThroughAnImportsRevision_ThenEveryEntryComesOnceInOrder()
    {
        var admin = await factory.ClientForAsync("test-admin");
        const string document = """
            { "dataset": { "id": "api-audit-pages", "title": "t", "source": "s" },
              "standards": [ { "id": "AP-A", "title": "A", "kind": "standard" }, { "id": "AP-B", "title": "B", "kind": "standard" },
                             { "id": "AP-C", "title": "C", "kind": "standard" } ] }
            """;
        await admin.PostAsync("mutation($d: String!) { importDataset(document: $d) { succeeded } }", new { d = document });
        const string Page = "query($a: String) { auditTrail(actor: \"test-admin\", first: 1, after: $a) { totalCount nodes { key revision } pageInfo { hasNextPage endCursor } } }";

        var whole = (await admin.PostAsync("""{ auditTrail(actor: "test-admin", first: 500) { nodes { key revision } } }""")).Data()
            .GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().Select(e => e.ToString()).ToList();
        var paged = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await admin.PostAsync(Page, new { a = after })).Data().GetProperty("auditTrail");
            total = page.GetProperty("totalCount").GetInt32();
            paged.AddRange(page.GetProperty("nodes").EnumerateArray().Select(e => e.ToString()));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(whole.Count >= 4, "the dataset and its three standards are audited under one revision");
        Assert.Equal(whole, paged);
        Assert.Equal(whole.Count, total);
    }
}
