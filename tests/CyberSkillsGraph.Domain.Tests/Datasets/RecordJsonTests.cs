using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Datasets;

/// <summary>The stores' JSON is a contract: the compile-time serializer metadata must write what reflection wrote.</summary>
public sealed class RecordJsonTests
{
    /// <summary>RecordJson's settings with metadata from reflection, as records were written before.</summary>
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Every optional field set, enums of every kind, and text that needs escaping or is not ASCII.</summary>
    private static readonly Dataset Full = new Dataset(new DatasetInfo("ds-1", "Tïtle \"quoted\" <b>", "src", "CC-BY-4.0", "a\nnote"))
    {
        Regions = [new Region("JP-13", "東京都", "JP", "Tokyo")],
        Frameworks = [new Framework("F1", "Framework", "2.0", "Publisher", "EU", "framework", [new FrameworkCategory("C", "Category")], "https://example.org", "n")],
        Competences = [new Competence("F1:C1", "F1", "C1", "Title", 1, 5, "Area", "n")],
        Roles = [new Role("F1:R1", "F1", "Role", ["Alt"], "Summary", [new CompetenceLevel("F1:C1", 3)], "Cat", "n")],
        Standards = [new Standard("S1", "Standard", "ISO", "EU", "standard", "2024-01", "https://example.org/s", "n")],
        Mappings =
        [
            new Mapping("F1:C1", Relationship.SupersetOf, "F2:C1", 7, Rationale.Functional, Correspondence.Modified, MappingStatus.Proposed, "me", "n",
                new MappingProposal(Relationship.IntersectsWith, 4, Rationale.Semantic, Correspondence.NotEquivalent, "you", "why")),
        ],
        Providers = [new Provider("prov-1", "Provider & Co", "DE", "n")],
        TrainingProgrammes = [new TrainingProgramme("P1", "Kurs – Sicherheit", "prov-1", ["DE", "AT"], 20, 40, "online", "de", [new CompetenceLevel("F1:C1", 2)], ["F1:R1"], ["S1"], "n", true)],
        Demand = [new DemandEntry("DE", "F1:R1", 2030, 12, 100, "survey", "n")],
    };

    /// <summary>The required fields only.</summary>
    private static readonly Dataset Bare = new Dataset(new DatasetInfo("ds-2", "Title", "src"))
    {
        Regions = [new Region("EU", "Europe", null)],
        Frameworks = [new Framework("F1", "Framework", null, null, null, "framework", [])],
        Competences = [new Competence("F1:C1", "F1", "C1", "Title", 1, 5)],
        Roles = [new Role("F1:R1", "F1", "Role", [], null, [])],
        Standards = [new Standard("S1", "Standard", null, null, "standard", null)],
        Mappings = [new Mapping("F1:C1", Relationship.Equal, "F2:C1", 10, null, null, MappingStatus.Approved, null)],
        Providers = [new Provider("prov-1", "Provider", null)],
        TrainingProgrammes = [new TrainingProgramme("P1", "Course", "prov-1", [], 0, 1, null, null, [], [], [])],
        Demand = [new DemandEntry("EU", "F1:R1", 2030, 0, null, null)],
    };

    public static TheoryData<string> Documents => ["full", "bare"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Of_WhenGivenRecordsOfEveryKind_ThenTheJsonIsWhatReflectionWrites(string document)
    {
        var dataset = document == "full" ? Full : Bare;

        var pairs = new List<(string Written, string ByReflection)> { Both(dataset.Info) };
        pairs.AddRange(dataset.Regions.Select(Both));
        pairs.AddRange(dataset.Frameworks.Select(Both));
        pairs.AddRange(dataset.Competences.Select(Both));
        pairs.AddRange(dataset.Roles.Select(Both));
        pairs.AddRange(dataset.Standards.Select(Both));
        pairs.AddRange(dataset.Mappings.Select(Both));
        pairs.AddRange(dataset.Providers.Select(Both));
        pairs.AddRange(dataset.TrainingProgrammes.Select(Both));
        pairs.AddRange(dataset.Demand.Select(Both));

        Assert.Equal(pairs.Select(p => p.ByReflection), pairs.Select(p => p.Written));
        Assert.Equal(RecordKinds.All.Count + 1, pairs.Count);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_WhenGivenStoredJson_ThenTheRecordsWriteTheSameJsonAgain(string document)
    {
        var dataset = document == "full" ? Full : Bare;
        var stored = RecordKinds.All.Select(kind => kind.Stored(dataset).Select(row => row.Json).ToList()).ToList();

        var restored = RecordKinds.All.Select((kind, i) => kind.Stored(kind.Restored(new Dataset(dataset.Info), stored[i])).Select(row => row.Json).ToList()).ToList();
        var changeLog = RecordJson.Of(RecordJson.Parse<List<Dataset>>(RecordJson.Of(new List<Dataset> { dataset })));

        Assert.Equal(stored, restored);
        Assert.Equal(JsonSerializer.Serialize(new List<Dataset> { dataset }, Reflection), changeLog);
    }

    private static (string Written, string ByReflection) Both<T>(T record) => (RecordJson.Of(record), JsonSerializer.Serialize(record, Reflection));
}
