using System.Text.Json;
using CyberSkillsGraph.Api.Tests.Hardening;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>
/// The GraphQL contract is a checked-in file, schema/schema.graphql, printed from the running schema. A change of
/// the schema shows in review as a change of that file, and every change that can break a client (by graphql-js's
/// own rules, against schema/released.graphql, the last release) must be named in CHANGELOG.md.
/// </summary>
public sealed class SchemaFileTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string SchemaFile => Path.Combine(RepoRoot.Find(), "schema", "schema.graphql");

    private string Printed()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n") + "\n";
    }

    [Fact]
    public void SchemaFile_WhenComparedWithTheRunningSchema_ThenItIsTheSame()
    {
        var printed = Printed();
        // After an intended change: UPDATE_SCHEMA=1 dotnet test --project tests/CyberSkillsGraph.Api.Tests -- --filter-class "*SchemaFileTests"
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(SchemaFile, printed);

        Assert.True(File.ReadAllText(SchemaFile) == printed,
            "schema/schema.graphql is not the running schema. If the change is intended, print it again with UPDATE_SCHEMA=1 (see this test) and name it in CHANGELOG.md.");
    }

    [Fact]
    public async Task Changes_WhenComparedWithTheLastRelease_ThenEveryBreakingOneIsNamedInTheChangelog()
    {
        var root = RepoRoot.Find();
        var node = NodeRunner.Find();
        Assert.SkipWhen(node is null, "Node.js is not on PATH; the schema comparison runs graphql-js.");
        Assert.SkipUnless(Directory.Exists(Path.Combine(root, "tests", "http-audit", "node_modules", "graphql")),
            "tests/http-audit/node_modules is missing: building this test project installs it with npm, which was not on PATH (or the build had -p:SkipNodeToolsInstall=true).");

        var (exitCode, stdout, stderr) = await NodeRunner.RunAsync(node!,
            [Path.Combine(root, "tests", "http-audit", "schema-changes.mjs"), Path.Combine(root, "schema", "released.graphql"), SchemaFile],
            TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, stderr);
        var changelog = File.ReadAllText(Path.Combine(root, "CHANGELOG.md"));
        var unnamed = JsonDocument.Parse(stdout).RootElement.GetProperty("breaking").EnumerateArray()
            .Select(change => change.GetProperty("description").GetString()!)
            .Where(description => !changelog.Contains(description.Split(' ')[0].TrimEnd('.'), StringComparison.Ordinal))
            .ToList();
        Assert.True(unnamed.Count == 0, "Breaking changes not named in CHANGELOG.md:\n" + string.Join("\n", unnamed));
    }
}
