namespace CyberSkillsGraph.Api.Tests.Writes;

/// <summary>Standards bodies exchange mappings as SSSOM over GraphQL too, under the same review rules as importDataset.</summary>
public sealed class SssomImportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Import = """
        mutation($input: ImportMappingsSssomInput!) { importMappingsSssom(input: $input) { revision recordsChanged mappingsProposed userErrors { field code message } } }
        """;

    [Fact]
    public async Task ImportMappingsSssom_WhenTheExportIsSentBack_ThenNothingChanges()
    {
        var standards = await factory.ClientForAsync("test-standards");
        var export = (await factory.CreateClient().PostAsync("{ mappingsSssom }")).Data().GetProperty("mappingsSssom").GetString()!;

        var result = (await standards.PostAsync(Import, new { input = new { document = export } })).Data().GetProperty("importMappingsSssom");

        Assert.Empty(result.UserErrors());
        Assert.Equal((0, 0), (result.GetProperty("recordsChanged").GetInt32(), result.GetProperty("mappingsProposed").GetInt32()));
    }

    [Fact]
    public async Task ImportMappingsSssom_WhenALineNamesAnUnknownElement_ThenTheProblemNamesItsLineAndNothingIsStored()
    {
        var standards = await factory.ClientForAsync("test-standards");
        var export = (await factory.CreateClient().PostAsync("{ mappingsSssom }")).Data().GetProperty("mappingsSssom").GetString()!;
        var lines = export.TrimEnd('\n').Split('\n');
        var last = lines[^1].Split('\t');
        last[0] = "NOWHERE:1";
        var document = string.Join('\n', lines[..^1].Append(string.Join('\t', last))) + "\n";
        var revision = (await standards.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();

        var result = (await standards.PostAsync(Import, new { input = new { document } })).Data().GetProperty("importMappingsSssom");

        var problem = Assert.Single(result.UserErrors());
        Assert.StartsWith($"input/document INVALID: line {lines.Length}, column ", problem);
        Assert.Equal(revision, result.GetProperty("revision").GetInt64());
        Assert.Equal(revision, (await standards.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64());
    }
}
