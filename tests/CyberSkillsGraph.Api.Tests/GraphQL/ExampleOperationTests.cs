using CyberSkillsGraph.Api.Tests.Hardening;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>
/// Every operation people are shown must work against the checked-in contract, schema/schema.graphql: the README's
/// GraphQL, the examples GraphiQL preloads and the persisted documents each pass graphql-js's validate and are typed by
/// graphql-codegen (tests/graphql-operations/operations.mjs), and the web UI's generated operation types
/// (src/CyberSkillsGraph.Web/src/gql) are what graphql-codegen makes from the schema today.
/// </summary>
public sealed class ExampleOperationTests(ExampleOperationTests.OperationRun run) : IClassFixture<ExampleOperationTests.OperationRun>
{
    /// <summary>Where examples live, as the script names them (path of the file, or of the folder, from the repository root).</summary>
    public static TheoryData<string> Sources =>
    [
        "README.md",
        "src/CyberSkillsGraph.Web/src/graphiql/examples.ts",
        "src/CyberSkillsGraph.Api/persisted-documents/",
    ];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Examples_WhenValidatedAndTypedAgainstTheSchema_ThenEveryOnePasses(string source)
    {
        var examples = run.ChecksOrSkip().Where(check => check.Key.StartsWith(source, StringComparison.Ordinal)).ToList();
        Assert.True(examples.Count > 0, $"operations.mjs found no example operation in {source}.");
        var failed = examples.Where(check => !check.Value.Ok).Select(check => $"{check.Key}: {check.Value.Detail}").ToList();
        Assert.True(failed.Count == 0, "Example operations that do not fit schema/schema.graphql:\n" + string.Join("\n", failed));
    }

    [Fact]
    public async Task WebUiOperationTypes_WhenGeneratedAgainFromTheSchema_ThenTheCommittedOnesAreTheSame()
    {
        var web = Path.Combine(RepoRoot.Find(), "src", "CyberSkillsGraph.Web");
        var cli = Path.Combine(web, "node_modules", "@graphql-codegen", "cli", "esm", "bin.js");
        var node = NodeRunner.Find();
        Assert.SkipWhen(node is null, "node is not on PATH; graphql-codegen needs Node.js 20 or later.");
        Assert.SkipUnless(File.Exists(cli),
            "src/CyberSkillsGraph.Web/node_modules is missing: the API's build installs it with npm, unless it had -p:SkipWebBuild=true.");

        var (exitCode, stdout, stderr) = await NodeRunner.RunAsync(node!, [cli, "--check", "--silent"], TimeSpan.FromMinutes(2), web);

        Assert.True(exitCode == 0,
            "src/CyberSkillsGraph.Web/src/gql is not what graphql-codegen makes from schema/schema.graphql and the UI's operations; " +
            $"run `npm run codegen --prefix src/CyberSkillsGraph.Web` and commit the result.\n{stdout}{stderr}");
    }

    /// <summary>Runs operations.mjs once for the class; the examples' checks skip, saying why, where it cannot run.</summary>
    public sealed class OperationRun : IAsyncLifetime
    {
        private const string ToolFolder = "graphql-operations";
        private IReadOnlyDictionary<string, NodeChecks.Result>? _checks;
        private string? _skipReason;

        public IReadOnlyDictionary<string, NodeChecks.Result> ChecksOrSkip()
        {
            if (_skipReason is not null) Assert.Skip(_skipReason);
            return _checks!;
        }

        public async ValueTask InitializeAsync()
        {
            _skipReason = NodeChecks.SkipReason(ToolFolder, "@graphql-codegen");
            if (_skipReason is null) _checks = await NodeChecks.RunAsync(ToolFolder, "operations.mjs", [RepoRoot.Find()], TimeSpan.FromMinutes(2));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
