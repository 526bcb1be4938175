using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Datasets;

/// <summary>
/// Bounds on counts, text and lists, checked on records as the API builds them (without the reader), since
/// mutations reach the validator directly. Each case is an input that an attacker sent and that was once stored.
/// </summary>
public sealed class DatasetValidatorBoundsTests
{
    private static readonly DatasetInfo Info = new("bounds", "Bounds", "test");

    private static TrainingProgramme Programme(
        int seats = 10, int hours = 10, string title = "A course", string? delivery = "online", string? language = "ja", IReadOnlyList<string>? regions = null) =>
        new("P9", title, "P-DE", regions ?? ["DE"], seats, hours, delivery, language, [new CompetenceLevel("ECF:E.3", 4)], [], []);

    private static IReadOnlyList<string> Problems(Dataset dataset)
    {
        var provider = new Dataset(new DatasetInfo("prov", "Providers", "test")) { Providers = [new Provider("P-DE", "Provider", "DE")] };
        var existing = new GraphContent(1, [TestDocuments.WorkedExample, provider]);
        return [.. DatasetValidator.Validate(dataset, existing).Select(p => p.ToString())];
    }

    [Theory]
    [InlineData(int.MaxValue, 10, "$.trainingProgrammes[0].seatsPerYear: 2147483647 is more than the largest allowed, 1000000")]
    [InlineData(-1, 10, "$.trainingProgrammes[0].seatsPerYear: -1 is negative; counts must be 0 or more")]
    [InlineData(10, 10_001, "$.trainingProgrammes[0].hours: 10001 is more than the largest allowed, 10000")]
    public void Validate_WhenAProgrammeCountIsOutOfRange_ThenTheFieldAndRangeAreNamed(int seats, int hours, string expected)
    {
        Assert.Equal([expected], Problems(new Dataset(Info) { TrainingProgrammes = [Programme(seats, hours)] }));
    }

    [Fact]
    public void Validate_WhenCountsAreAtTheirLargestAllowed_ThenTheyAreAccepted()
    {
        var dataset = new Dataset(Info)
        {
            TrainingProgrammes = [Programme(DatasetValidator.MaxSeatsPerYear, DatasetValidator.MaxHours)],
            Demand = [new DemandEntry("DE", "CISO", 2026, DatasetValidator.MaxOpenings, DatasetValidator.MaxEmployed, null)],
        };

        Assert.Empty(Problems(dataset));
    }

    [Fact]
    public void Validate_WhenDemandCountsOverflow_ThenBothAreRefused()
    {
        var dataset = new Dataset(Info) { Demand = [new DemandEntry("DE", "CISO", 2026, int.MaxValue, int.MaxValue, null)] };

        Assert.Equal(
            [
                "$.demand[0].openings: 2147483647 is more than the largest allowed, 10000000",
                "$.demand[0].employed: 2147483647 is more than the largest allowed, 100000000",
            ],
            Problems(dataset));
    }

    [Theory]
    [InlineData("", "online", "ja", "$.trainingProgrammes[0].title: must not be empty")]
    [InlineData("  ", "online", "ja", "$.trainingProgrammes[0].title: must not be empty")]
    [InlineData("bell\u0007", "online", "ja", "$.trainingProgrammes[0].title: has a control character")]
    [InlineData("A course", "teleport", "ja", "$.trainingProgrammes[0].delivery: 'teleport' is not one of online, classroom, blended")]
    [InlineData("A course", "online", "klingon!", "$.trainingProgrammes[0].language: 'klingon!' is not a language tag such as 'ja', 'en' or 'pt-BR'")]
    public void Validate_WhenProgrammeTextIsInvalid_ThenTheFieldIsNamed(string title, string delivery, string language, string expected)
    {
        Assert.Equal([expected], Problems(new Dataset(Info) { TrainingProgrammes = [Programme(title: title, delivery: delivery, language: language)] }));
    }

    [Fact]
    public void Validate_WhenATextIsMegabytesLong_ThenItIsRefusedWithoutEchoingIt()
    {
        var huge = new string('x', 7 * 1024 * 1024);

        var problems = Problems(new Dataset(Info) { TrainingProgrammes = [Programme(language: huge, delivery: huge)] });

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.True(p.Length < 300, p));
        Assert.StartsWith("$.trainingProgrammes[0].delivery: 'xxxx", problems[0]);
    }

    [Fact]
    public void Validate_WhenARegionIsListedTwice_ThenTheSecondIsNamed()
    {
        Assert.Equal(
            ["$.trainingProgrammes[0].regions[1]: 'DE' is listed twice (first at $.trainingProgrammes[0].regions[0])"],
            Problems(new Dataset(Info) { TrainingProgrammes = [Programme(regions: ["DE", "DE"])] }));
    }

    [Fact]
    public void Validate_WhenAListIsTooLong_ThenItsLengthIsNamedOnce()
    {
        var regions = Enumerable.Repeat("DE", 10_000).ToList();

        var problems = Problems(new Dataset(Info) { TrainingProgrammes = [Programme(regions: regions)] });

        Assert.Equal("$.trainingProgrammes[0].regions: has 10000 items; at most 200 are allowed", problems[0]);
    }

    [Fact]
    public void Validate_WhenAnIdIsTooLongOrHasControlCharacters_ThenItIsRefused()
    {
        var dataset = new Dataset(Info)
        {
            Regions = [new Region(new string('R', 201), "Long", null), new Region("X\u0000Y", "Nul", null)],
        };

        Assert.Equal(
            [
                "$.regions[0].code: is 201 characters long; ids and codes have at most 200",
                "$.regions[1].code: 'X\\u0000Y' has a control character or surrounding spaces",
            ],
            Problems(dataset));
    }

    [Fact]
    public void Validate_WhenARegionTakesAFrameworksId_ThenItIsRefused()
    {
        Assert.Equal(["$.regions[0].code: 'ECSF' is already the id of a framework in the graph"],
            Problems(new Dataset(Info) { Regions = [new Region("ECSF", "Not a region", null)] }));
    }

    [Theory]
    [InlineData("A -> B")]
    [InlineData("DE|CISO|2026")]
    public void Validate_WhenAnIdContainsAKeySeparator_ThenItIsRefused(string id)
    {
        var problem = Assert.Single(Problems(new Dataset(Info) { Providers = [new Provider(id, "Provider", null)] }));

        Assert.StartsWith($"$.providers[0].id: '{id}' contains", problem);
    }
}
