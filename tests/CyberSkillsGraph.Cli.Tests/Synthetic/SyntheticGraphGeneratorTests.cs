using CyberSkillsGraph.Cli.Synthetic;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Tests.Synthetic;

public sealed class SyntheticGraphGeneratorTests
{
    private const int Seed = 42;

    // Generating S takes a fraction of a second; the tests share one run.
    private static readonly Lazy<IReadOnlyList<Dataset>> SmallGraph = new(() => SyntheticGraphGenerator.Generate(SyntheticScale.S, Seed));

    private static IReadOnlyList<Dataset> Small => SmallGraph.Value;

    private static IReadOnlyList<string> Written(IReadOnlyList<Dataset> datasets) => [.. datasets.Select(DatasetWriter.Write)];

    [Fact]
    public void Generate_WhenScaleAndSeedAreTheSame_ThenWrittenDocumentsAreIdentical()
    {
        var again = SyntheticGraphGenerator.Generate(SyntheticScale.S, Seed);

        Assert.Equal(Written(Small), Written(again));
    }

    [Fact]
    public void Generate_WhenSeedDiffers_ThenEveryWrittenDocumentDiffers()
    {
        var other = Written(SyntheticGraphGenerator.Generate(SyntheticScale.S, Seed + 1));
        var first = Written(Small);

        Assert.Equal(first.Count, other.Count);
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenTheDatasetsValidateWithoutProblems()
    {
        var documents = Small.Select(d => new NamedDataset(d.Info.Id, d)).ToList();

        Assert.Empty(DatasetValidator.Validate(documents, GraphContent.Empty));
    }

    [Fact]
    public void Generate_WhenDocumentsAreWrittenAndReadBack_ThenTheyReadAndValidateWithoutProblems()
    {
        var read = Small.Select(d => (d.Info.Id, Result: DatasetReader.Read(DatasetWriter.Write(d)))).ToList();

        Assert.All(read, r => Assert.Empty(r.Result.Problems));
        var documents = read.Select(r => new NamedDataset(r.Id, r.Result.Dataset!)).ToList();
        Assert.Empty(DatasetValidator.Validate(documents, GraphContent.Empty));
        Assert.Equal(Written(Small), Written([.. documents.Select(d => d.Dataset)]));
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenTheCountsAreTheDocumentedOnes()
    {
        var graph = new GraphContent(0, Small);
        var programmes = graph.TrainingProgrammes.ToList();
        var mappings = graph.Mappings.ToList();
        var competenceIds = graph.Competences.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(10, graph.Regions.Count());
        Assert.Equal(4, graph.Frameworks.Count());
        Assert.Equal(120, graph.Competences.Count());
        Assert.Equal(40, graph.Roles.Count());
        Assert.Equal(10, graph.Providers.Count());
        Assert.Equal(2_000, programmes.Count);
        Assert.Equal(200, graph.Demand.Count());
        Assert.Equal(200, mappings.Count(m => m.Status == MappingStatus.Approved));
        Assert.Equal(180, mappings.Count(m => m.Status == MappingStatus.Approved && competenceIds.Contains(m.Source)));
        Assert.Equal(20, mappings.Count(m => m.Status == MappingStatus.Proposed));
        // 3..9 develops per programme, 6 on average.
        Assert.InRange(programmes.Sum(p => p.Develops.Count), 5.5 * programmes.Count, 6.5 * programmes.Count);
        Assert.All(programmes, p => Assert.InRange(p.Develops.Count, SyntheticGraphGenerator.MinDevelops, SyntheticGraphGenerator.MaxDevelops));
    }

    [Fact]
    public void Generate_WhenScaleIsM_ThenTheCountsMatchTheScale()
    {
        var scale = SyntheticScale.M;
        var graph = new GraphContent(0, SyntheticGraphGenerator.Generate(scale, Seed));

        Assert.Equal(
            [scale.Regions, scale.Frameworks, scale.Competences, scale.Roles, scale.Providers, scale.Programmes, scale.Mappings, scale.DemandEntries],
            [graph.Regions.Count(), graph.Frameworks.Count(), graph.Competences.Count(), graph.Roles.Count(), graph.Providers.Count(),
             graph.TrainingProgrammes.Count(), graph.Mappings.Count(), graph.Demand.Count()]);
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenDevelopsAndRequiresLevelsAreWithinTheCompetenceRange()
    {
        var graph = new GraphContent(0, Small);
        var competences = graph.Competences.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var levels = graph.TrainingProgrammes.SelectMany(p => p.Develops).Concat(graph.Roles.SelectMany(r => r.Requires)).ToList();

        Assert.All(graph.Competences, c => Assert.True(c.MinLevel >= 1 && c.MinLevel <= c.MaxLevel && c.MaxLevel <= 5, c.Id));
        Assert.All(levels, l => Assert.InRange(l.Level, competences[l.Competence].MinLevel, competences[l.Competence].MaxLevel));
        Assert.All(graph.Roles, r => Assert.InRange(r.Requires.Count, SyntheticGraphGenerator.MinRequires, SyntheticGraphGenerator.MaxRequires));
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenProgrammesStayWithinTheirRanges()
    {
        var programmes = new GraphContent(0, Small).TrainingProgrammes.ToList();

        Assert.All(programmes, p =>
        {
            Assert.InRange(p.SeatsPerYear, SyntheticGraphGenerator.MinSeats, SyntheticGraphGenerator.MaxSeats);
            Assert.True(p.Hours == 0 || p.Hours is >= SyntheticGraphGenerator.MinHours and <= SyntheticGraphGenerator.MaxHours, $"{p.Id} hours {p.Hours}");
            Assert.InRange(p.Regions.Count, 1, 3);
            Assert.Equal(p.Regions.Count, p.Regions.Distinct(StringComparer.Ordinal).Count());
        });
        Assert.Contains(programmes, p => p.Hours == 0);
        Assert.Matches("^P[0-9]{6}$", programmes[0].Id);
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenRegionsFormATreeWithTwoRootsAtMostThreeLevelsDeep()
    {
        var regions = new GraphContent(0, Small).Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

        Assert.Equal(SyntheticGraphGenerator.RootRegions, regions.Values.Count(r => r.Parent is null));
        Assert.All(regions.Values, region =>
        {
            var depth = 0;
            for (var parent = region.Parent; parent is not null; parent = regions[parent].Parent) depth++;
            Assert.InRange(depth, 0, SyntheticGraphGenerator.MaxRegionDepth);
        });
        Assert.Equal("R01", regions.Keys.Order(StringComparer.Ordinal).First());
        Assert.Equal("R10", regions.Keys.Order(StringComparer.Ordinal).Last());
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenMappingsJoinDistinctPairsOfOneKindAcrossFrameworks()
    {
        var graph = new GraphContent(0, Small);
        var frameworkOf = graph.Competences.Select(c => (c.Id, c.Framework))
            .Concat(graph.Roles.Select(r => (r.Id, r.Framework)))
            .ToDictionary(x => x.Id, x => x.Framework, StringComparer.Ordinal);
        var competenceIds = graph.Competences.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var mappings = graph.Mappings.ToList();

        var unorderedPairs = mappings.Select(m => string.CompareOrdinal(m.Source, m.Target) < 0 ? (m.Source, m.Target) : (m.Target, m.Source));
        Assert.Equal(mappings.Count, unorderedPairs.Distinct().Count());
        Assert.All(mappings, m =>
        {
            Assert.Equal(competenceIds.Contains(m.Source), competenceIds.Contains(m.Target));
            Assert.NotEqual(frameworkOf[m.Source], frameworkOf[m.Target]);
            if (m.Relationship == Relationship.Equal) Assert.Equal(10, m.Strength);
            if (m.Relationship == Relationship.NotRelated) Assert.Equal(0, m.Strength);
        });
        Assert.Equal(Enum.GetValues<Relationship>().Length, mappings.Select(m => m.Relationship).Distinct().Count());
        Assert.Contains(mappings, m => !competenceIds.Contains(m.Source));
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenSomeRequiredCompetencesAreTaughtNowhereAndTeachingIsSkewed()
    {
        var graph = new GraphContent(0, Small);
        var taught = graph.TrainingProgrammes.SelectMany(p => p.Develops).CountBy(d => d.Competence).ToDictionary(StringComparer.Ordinal);
        var required = graph.Roles.SelectMany(r => r.Requires).Select(r => r.Competence).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(required, c => !taught.ContainsKey(c));
        Assert.True(taught.Values.Max() >= 10 * taught.Values.Min(), "the most taught competence is taught at least ten times as often as the least");
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenDemandIsUniquePerRegionRoleAndYearWithinRange()
    {
        var demand = new GraphContent(0, Small).Demand.ToList();

        Assert.Equal(demand.Count, demand.Select(d => d.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(demand, d =>
        {
            Assert.Contains(d.Year, SyntheticGraphGenerator.DemandYears);
            Assert.InRange(d.Openings, 0, SyntheticGraphGenerator.MaxOpenings);
        });
    }

    [Fact]
    public void Generate_WhenScaleIsS_ThenEveryDatasetNamesItsSourceCommand()
    {
        Assert.Equal(
            [SyntheticGraphGenerator.StructureDatasetId, SyntheticGraphGenerator.MappingsDatasetId, SyntheticGraphGenerator.TrainingDatasetId, SyntheticGraphGenerator.DemandDatasetId],
            Small.Select(d => d.Info.Id));
        Assert.All(Small, d =>
        {
            Assert.StartsWith("Synthetic", d.Info.Title, StringComparison.Ordinal);
            Assert.Equal("cyberskills generate --scale S --seed 42", d.Info.Source);
        });
    }

    [Theory]
    [InlineData("S")]
    [InlineData("m")]
    [InlineData(" L ")]
    public void TryParse_WhenNameIsAScaleInAnyCase_ThenTheScaleIsFound(string name)
    {
        Assert.True(SyntheticScale.TryParse(name, out var scale));
        Assert.Equal(name.Trim().ToUpperInvariant(), scale.Name);
    }

    [Fact]
    public void TryParse_WhenNameIsUnknown_ThenNoScaleIsFound()
    {
        Assert.False(SyntheticScale.TryParse("XL", out _));
    }

    [Fact]
    public async Task GenerateCommand_WhenScaleIsS_ThenItWritesNumberedDocumentsThatImportCleanly()
    {
        var directory = Directory.CreateTempSubdirectory("cyberskills-generate-");
        try
        {
            var output = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = 4096;

            var exitCode = await CliApplication.RunAsync(["generate", "--scale", "s", "--seed", "42", directory.FullName], console, TestContext.Current.CancellationToken);

            Assert.Equal(ExitCodes.Ok, exitCode);
            var files = DatasetFiles.Find(directory.FullName);
            Assert.Equal(
                ["01-synthetic-structure.json", "02-synthetic-mappings.json", "03-synthetic-training.json", "04-synthetic-demand.json"],
                files.Select(Path.GetFileName));
            for (var i = 0; i < files.Count; i++)
                Assert.Equal(DatasetWriter.Write(Small[i]), await File.ReadAllTextAsync(files[i], TestContext.Current.CancellationToken));
            var (documents, problems) = await DatasetFiles.ReadAsync(files, null, TestContext.Current.CancellationToken);
            Assert.Empty(problems);
            Assert.Empty(DatasetValidator.Validate(documents, GraphContent.Empty));
            Assert.Contains("2,000 programmes", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task GenerateCommand_WhenScaleIsUnknown_ThenItFailsWithoutWriting()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cyberskills-generate-" + Guid.NewGuid().ToString("N"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No });

        var exitCode = await CliApplication.RunAsync(["generate", "--scale", "XL", directory], console, TestContext.Current.CancellationToken);

        Assert.NotEqual(ExitCodes.Ok, exitCode);
        Assert.False(Directory.Exists(directory));
    }
}
