using System.Buffers.Text;

namespace CyberSkillsGraph.Api.Tests.Writes;

public sealed class MappingAndDemandWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Upsert = """
        mutation($input: MappingInput!) { upsertMapping(input: $input) {
          mapping { id source target relationship status author strength } userErrors { field code message } } }
        """;

    private const string Approve = """
        mutation($input: ApproveMappingInput!) { approveMapping(input: $input) { mapping { id status } userErrors { field code message } } }
        """;

    private const string Import = """
        mutation($input: ImportDatasetInput!) { importDataset(input: $input) { revision recordsChanged mappingsProposed userErrors { field code message } } }
        """;

    private static async Task<long> RevisionAsync(HttpClient client) =>
        (await client.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();

    [Fact]
    public async Task Mapping_WhenProposedThenApprovedByAnotherAccount_ThenItTakesPartInAnalysis()
    {
        var author = await factory.ClientForAsync("test-standards");
        var reviewer = await factory.ClientForAsync("test-standards-reviewer");
        var input = new { source = "SECBOK:CISO", target = "ECSF:CISO", relationship = "INTERSECTS_WITH", strength = 6, rationale = "FUNCTIONAL", note = "test" };

        var proposed = (await author.PostAsync(Upsert, new { input })).Data().GetProperty("upsertMapping").GetProperty("mapping");
        var selfApproval = (await author.PostAsync(Approve, new { input = new { source = "SECBOK:CISO", target = "ECSF:CISO" } })).SingleError();
        var approved = (await reviewer.PostAsync(Approve, new { input = new { source = "SECBOK:CISO", target = "ECSF:CISO" } })).Data().GetProperty("approveMapping");

        Assert.Equal(("PROPOSED", "test-standards"), (proposed.GetProperty("status").GetString(), proposed.GetProperty("author").GetString()));
        Assert.Equal("FORBIDDEN", selfApproval.Code());
        // The approved mapping comes back under the same id as the proposal, so a cached Role.mappings shows it approved.
        Assert.Empty(approved.UserErrors());
        Assert.Equal((proposed.GetProperty("id").GetString(), "APPROVED"),
            (approved.GetProperty("mapping").GetProperty("id").GetString(), approved.GetProperty("mapping").GetProperty("status").GetString()));
        var cached = (await factory.CreateClient().PostAsync("""{ role(id: "ECSF:CISO") { mappings { nodes { id status } } } }""")).Data().GetProperty("role").GetProperty("mappings").GetProperty("nodes").EnumerateArray();
        Assert.Contains(cached, m => m.GetProperty("id").GetString() == proposed.GetProperty("id").GetString() && m.GetProperty("status").GetString() == "APPROVED");
        var equivalents = (await factory.CreateClient().PostAsync("""{ equivalents(id: "ECSF:CISO") { nodes { element { id } class } } }""")).Data().GetProperty("equivalents").GetProperty("nodes").EnumerateArray();
        Assert.Contains(equivalents, e => e.GetProperty("element").GetProperty("id").GetString() == "SECBOK:CISO" && e.GetProperty("class").GetString() == "PARTIAL");
    }

    [Fact]
    public async Task Mapping_WhenBetweenDifferentKinds_ThenAUserErrorOnTheInputAndNothingIsWritten()
    {
        var author = await factory.ClientForAsync("test-standards");
        var input = new { source = "ECF:E.8", target = "ECSF:CISO", relationship = "SUBSET_OF", strength = 6 };
        var revision = await RevisionAsync(author);

        var payload = (await author.PostAsync(Upsert, new { input })).Data().GetProperty("upsertMapping");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("mapping").ValueKind);
        var error = Assert.Single(payload.UserErrors());
        Assert.StartsWith("input INVALID: a mapping joins elements of one kind", error);
        Assert.Equal(revision, await RevisionAsync(author));
    }

    [Fact]
    public async Task Mapping_WhenStrengthBreaksTheRelationship_ThenTheUserErrorNamesInputStrength()
    {
        var author = await factory.ClientForAsync("test-standards");
        var input = new { source = "ECF:E.8", target = "ECF:D.1", relationship = "EQUAL", strength = 6 };

        var payload = (await author.PostAsync(Upsert, new { input })).Data().GetProperty("upsertMapping");

        Assert.Equal(["input/strength INVALID: 6 must be 10 for an 'equal' relationship"], payload.UserErrors());
    }

    [Fact]
    public async Task Approve_WhenMappingDoesNotExist_ThenNotFoundUserError()
    {
        var reviewer = await factory.ClientForAsync("test-admin");

        var payload = (await reviewer.PostAsync(Approve, new { input = new { source = "ECF:A.1", target = "ECF:A.2" } })).Data().GetProperty("approveMapping");

        Assert.Equal(["input NOT_FOUND: There is no mapping from 'ECF:A.1' to 'ECF:A.2'."], payload.UserErrors());
    }

    [Fact]
    public async Task Approve_WhenNoTokenIsSent_ThenUnauthenticatedAtTopLevel()
    {
        var response = await factory.CreateClient().PostAsync(Approve, new { input = new { source = "ECF:A.1", target = "ECF:A.2" } });

        Assert.Equal("UNAUTHENTICATED", response.SingleError().Code());
    }

    [Fact]
    public async Task SetDemand_WhenAPlannerRecordsOpenings_ThenTheGapReportUsesThem()
    {
        var planner = await factory.ClientForAsync("test-planner");

        var payload = (await planner.PostAsync("""
            mutation { setDemand(input: { region: "MT", role: "ECSF:CISO", year: 2031, openings: 7, source: "test" }) {
              demandEntry { openings region { code } role { id } } userErrors { field code message } } }
            """)).Data().GetProperty("setDemand");

        Assert.Empty(payload.UserErrors());
        Assert.Equal(7, payload.GetProperty("demandEntry").GetProperty("openings").GetInt32());
        var report = (await factory.CreateClient().PostAsync("""{ regionGaps(region: "MT", year: 2031) { totals { openings } rows { competence { id } demand } } }"""))
            .Data().GetProperty("regionGaps");
        Assert.Equal(7, report.GetProperty("totals").GetProperty("openings").GetInt32());
        Assert.Equal(5, report.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task SetDemand_WhenInputIsInvalid_ThenUserErrorsNameTheInputFieldsAndNothingIsWritten()
    {
        var planner = await factory.ClientForAsync("test-planner");
        var revision = await RevisionAsync(planner);

        var payload = (await planner.PostAsync("""
            mutation { setDemand(input: { region: "ATLANTIS", role: "ECSF:CISO", year: 2031, openings: -7 }) { demandEntry { id } userErrors { field code message } } }
            """)).Data().GetProperty("setDemand");

        Assert.Equal(["input/region INVALID: unknown region 'ATLANTIS'", "input/openings INVALID: -7 is negative; counts must be 0 or more"], payload.UserErrors());
        Assert.Equal(revision, await RevisionAsync(planner));
    }

    [Fact]
    public async Task SetDemand_WhenAProviderTriesIt_ThenForbiddenAtTopLevel()
    {
        var provider = await factory.ClientForAsync("test-provider-de");

        var response = await provider.PostAsync("""mutation { setDemand(input: { region: "MT", role: "ECSF:CISO", year: 2031, openings: 7 }) { demandEntry { id } } }""");

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }

    [Fact]
    public async Task ImportDataset_WhenTheLastRecordIsBad_ThenProblemsAreReturnedAndNothingIsStored()
    {
        var admin = await factory.ClientForAsync("test-admin");
        var revision = await RevisionAsync(admin);
        const string document = """
            { "dataset": { "id": "api-import", "title": "t", "source": "s" },
              "regions": [ { "code": "XA", "name": "Xanadu", "parent": null } ],
              "demand": [ { "region": "XA", "role": "ECSF:CISO", "year": 2026, "openings": -1 } ] }
            """;

        var result = (await admin.PostAsync(Import, new { input = new { document } })).Data().GetProperty("importDataset");

        Assert.Equal(["input/document INVALID: $.demand[0].openings: -1 is negative; counts must be 0 or more"], result.UserErrors());
        Assert.Equal((revision, 0), (result.GetProperty("revision").GetInt64(), result.GetProperty("recordsChanged").GetInt32()));
        Assert.Equal(revision, await RevisionAsync(admin));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await admin.PostAsync("""{ region(code: "XA") { code } }""")).Data().GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task ImportDataset_WhenValid_ThenItIsStoredAndAudited()
    {
        var admin = await factory.ClientForAsync("test-admin");
        const string document = """{ "dataset": { "id": "api-import-ok", "title": "t", "source": "s" }, "regions": [ { "code": "XB", "name": "Xb", "parent": "EU" } ] }""";

        var revision = await RevisionAsync(admin);

        var result = (await admin.PostAsync(Import, new { input = new { document } })).Data().GetProperty("importDataset");

        Assert.Empty(result.UserErrors());
        Assert.Equal(1, result.GetProperty("recordsChanged").GetInt32());
        Assert.True(result.GetProperty("revision").GetInt64() > revision);
        var audit = (await admin.PostAsync("""{ auditTrail(key: "api-import-ok") { nodes { actor action kind revision } } }""")).Data().GetProperty("auditTrail");
        var entry = Assert.Single(audit.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("test-admin", "IMPORT_DATASET"), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AuditTrail_WhenAProgrammeIsUpdated_ThenBeforeAndAfterAreKept()
    {
        var provider = await factory.ClientForAsync("test-provider-jp");
        var programme = (await provider.PostAsync("""
            mutation { registerTrainingProgramme(input: { title: "Audit me", regions: ["JP"], seatsPerYear: 5, hours: 8, develops: [{ competence: "ECF:E.8", level: 3 }] }) { trainingProgramme { id version } } }
            """)).Data().GetProperty("registerTrainingProgramme").GetProperty("trainingProgramme");
        var id = programme.GetProperty("id").GetString();
        await provider.PostAsync("""
            mutation($id: ID!, $v: String!) { updateTrainingProgramme(input: { id: $id, version: $v, title: "Audited", regions: ["JP"], seatsPerYear: 6, hours: 8, develops: [{ competence: "ECF:E.8", level: 3 }] }) { trainingProgramme { id } } }
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
        var imported = (await admin.PostAsync("mutation($d: String!) { importDataset(input: { document: $d }) { recordsChanged userErrors { message } } }", new { d = document }))
            .Data().GetProperty("importDataset");
        Assert.Empty(imported.UserErrors());
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

    [Theory]
    // Revision 1 with two billion entries "seen" would otherwise make the store walk the whole trail.
    [InlineData("1:2000000000")]
    // The largest revision once overflowed the next one and answered an empty page.
    [InlineData("9223372036854775807:0")]
    public async Task AuditTrail_WhenACursorIsForged_ThenItIsRefusedBeforeTheStoreReadsIt(string position)
    {
        var admin = await factory.ClientForAsync("test-admin");
        var forged = Base64Url.EncodeToString(System.Text.Encoding.ASCII.GetBytes(position));

        var error = (await admin.PostAsync("query($a: String) { auditTrail(first: 1, after: $a) { totalCount } }", new { a = forged })).SingleError();

        Assert.Equal(("BAD_USER_INPUT", "after: is not a cursor of the audit trail"), (error.Code(), error.GetProperty("message").GetString()));
    }
}
