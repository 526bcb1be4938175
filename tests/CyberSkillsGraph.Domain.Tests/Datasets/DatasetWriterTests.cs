using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Domain.Tests.Datasets;

public sealed class DatasetWriterTests
{
    [Fact]
    public void Write_WhenReadBack_ThenTheSameRecordsReturn()
    {
        var original = DatasetWriter.Sorted(TestDocuments.WorkedExample);

        var written = DatasetWriter.Write(original);
        var read = TestDocuments.Parse(written);

        Assert.Equal(original.Info, read.Info);
        Assert.Equal(original.Regions, read.Regions);
        Assert.Equal(original.Competences, read.Competences);
        Assert.Equal(original.Demand, read.Demand);
        Assert.Equal(original.TrainingProgrammes.Select(p => (p.Id, p.SeatsPerYear, p.Hours)), read.TrainingProgrammes.Select(p => (p.Id, p.SeatsPerYear, p.Hours)));
        Assert.Equal(original.TrainingProgrammes.SelectMany(p => p.Develops), read.TrainingProgrammes.SelectMany(p => p.Develops));
        Assert.Equal(written, DatasetWriter.Write(read));
    }

    [Fact]
    public void Write_WhenFieldsAreEmpty_ThenTheyAreLeftOut()
    {
        var written = DatasetWriter.Write(TestDocuments.WorkedExample);

        Assert.DoesNotContain("\"note\"", written);
        Assert.DoesNotContain("\"standards\"", written);
        Assert.DoesNotContain("\"altTitles\"", written);
        Assert.StartsWith("{\n  \"dataset\": {\n    \"id\": \"worked-example\"", written);
    }

    [Fact]
    public void Write_WhenTitleIsJapanese_ThenItStaysReadable()
    {
        var dataset = TestDocuments.WorkedExample with { Info = TestDocuments.WorkedExample.Info with { Title = "サイバーセキュリティ" } };

        Assert.Contains("サイバーセキュリティ", DatasetWriter.Write(dataset));
    }
}
