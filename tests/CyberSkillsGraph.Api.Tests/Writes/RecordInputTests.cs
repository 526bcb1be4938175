using CyberSkillsGraph.Api.Writes;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Tests.Writes;

/// <summary>The validator's paths into a dataset document become paths into the mutation's input, for fields the input has and fields it lacks.</summary>
public sealed class RecordInputTests
{
    [Theory]
    [InlineData("$.trainingProgrammes[0].develops[1].level", "input/develops/1/level", "5 is too high")]
    [InlineData("$.trainingProgrammes[0].regions[0]", "input/regions/0", "5 is too high")]
    [InlineData("$.trainingProgrammes[0]", "input", "5 is too high")]
    [InlineData("$.trainingProgrammes[0].provider", "input", "provider: 5 is too high")]
    public void ErrorOf_WhenAProgrammeProblemIsTranslated_ThenItPointsIntoTheInput(string path, string field, string message)
    {
        var error = RecordInput.NewProgramme.ErrorOf(new DatasetProblem(path, "5 is too high"));

        Assert.Equal((field, UserErrorCode.Invalid, message), (string.Join('/', error.Field!), error.Code, error.Message));
    }

    [Fact]
    public void ErrorOf_WhenARetiredProgrammesTitleIsRefused_ThenTheInputIsBlamedAndTheMessageNamesTheTitle()
    {
        var error = RecordInput.RetiredProgramme.ErrorOf(new DatasetProblem("$.trainingProgrammes[0].title", "has a control character"));

        Assert.Equal(("input", "title: has a control character"), (string.Join('/', error.Field!), error.Message));
    }

    [Fact]
    public void ErrorOf_WhenAPendingProposalIsRefused_ThenItPointsAtTheInputFieldOfTheSameName()
    {
        var error = RecordInput.Mapping.ErrorOf(new DatasetProblem("$.mappings[0].proposal.strength", "6 must be 10"));

        Assert.Equal("input/strength", string.Join('/', error.Field!));
    }

    [Fact]
    public void ErrorOf_WhenAMessageNamesAnotherPathOfTheRecord_ThenThatPathPointsIntoTheInputToo()
    {
        var error = RecordInput.Demand.ErrorOf(new DatasetProblem("$.demand[0].source", "differs from $.demand[0].note"));

        Assert.Equal(("input/source", "differs from input.note"), (string.Join('/', error.Field!), error.Message));
    }

    [Fact]
    public void ErrorOf_WhenTheProblemIsOutsideTheRecord_ThenNoFieldIsBlamedAndTheMessageKeepsThePath()
    {
        var error = RecordInput.Demand.ErrorOf(new DatasetProblem("$.dataset.title", "is empty"));

        Assert.Null(error.Field);
        Assert.Equal("$.dataset.title: is empty", error.Message);
    }
}
