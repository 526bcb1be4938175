using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Datasets;

public sealed class DatasetReaderTests
{
    [Fact]
    public void Read_WhenDocumentIsComplete_ThenEveryFieldIsRead()
    {
        var result = DatasetReader.Read("""
            {
              "dataset": { "id": "d", "title": "T", "source": "https://example.org", "licence": "CC-BY-4.0" },
              "mappings": [ { "source": "A", "relationship": "superset_of", "target": "B", "strength": 8,
                              "rationale": "semantic", "correspondence": "MOD", "status": "proposed", "author": "me" } ],
              "trainingProgrammes": [ { "id": "p", "title": "P", "provider": "prov", "regions": ["DE"], "seatsPerYear": 15,
                                        "hours": 40, "delivery": "online", "language": "de",
                                        "develops": [ { "competence": "ECF:E.3", "level": 4 } ],
                                        "preparesFor": ["R"], "alignedWith": ["S"] } ]
            }
            """);

        Assert.Empty(result.Problems);
        var dataset = Assert.IsType<Dataset>(result.Dataset);
        Assert.Equal(new DatasetInfo("d", "T", "https://example.org", "CC-BY-4.0"), dataset.Info);
        Assert.Equal(new Mapping("A", Relationship.SupersetOf, "B", 8, Rationale.Semantic, Correspondence.Modified, MappingStatus.Proposed, "me"), dataset.Mappings[0]);
        var programme = dataset.TrainingProgrammes[0];
        Assert.Equal((15, 40, "online"), (programme.SeatsPerYear, programme.Hours, programme.Delivery));
        Assert.Equal(new CompetenceLevel("ECF:E.3", 4), programme.Develops[0]);
        Assert.Equal(["R"], programme.PreparesFor);
    }

    [Fact]
    public void Read_WhenAnApprovedMappingHasAPendingProposal_ThenBothAreReadAndTheyRoundTrip()
    {
        const string json = """
            { "dataset": { "id": "d", "title": "T", "source": "s" },
              "mappings": [ { "source": "A", "relationship": "equal", "target": "B", "strength": 10, "status": "approved", "author": "x",
                              "proposal": { "relationship": "not_related", "strength": 0, "author": "y", "note": "withdraw" } } ] }
            """;

        var result = DatasetReader.Read(json);

        Assert.Empty(result.Problems);
        var mapping = result.Dataset!.Mappings[0];
        Assert.Equal(new MappingProposal(Relationship.NotRelated, 0, null, null, "y", "withdraw"), mapping.Proposal);
        Assert.Equal(mapping, DatasetReader.Read(DatasetWriter.Write(result.Dataset)).Dataset!.Mappings[0]);
    }

    [Fact]
    public void Read_WhenAProposalHasAnUnknownField_ThenItsPathIsNamed()
    {
        var result = DatasetReader.Read("""
            { "dataset": { "id": "d", "title": "T", "source": "s" },
              "mappings": [ { "source": "A", "relationship": "equal", "target": "B", "strength": 10,
                              "proposal": { "relationship": "equal", "strength": 10, "status": "approved" } } ] }
            """);

        Assert.Contains(result.Problems, p => p.Path == "$.mappings[0].proposal.status");
    }

    [Fact]
    public void Read_WhenMappingHasNoStatus_ThenItIsApproved()
    {
        var result = DatasetReader.Read("""
            { "dataset": { "id": "d", "title": "T", "source": "s" },
              "mappings": [ { "source": "A", "relationship": "equal", "target": "B", "strength": 10 } ] }
            """);

        Assert.Equal(MappingStatus.Approved, result.Dataset!.Mappings[0].Status);
    }

    [Fact]
    public void Read_WhenJsonIsMalformed_ThenOneProblemNamesTheLine()
    {
        var result = DatasetReader.Read("{\n  \"dataset\": {\n");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("malformed JSON at line", problem.Message);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Read_WhenRootIsNotAnObject_ThenItIsRefused()
    {
        var problem = Assert.Single(DatasetReader.Read("[1, 2]").Problems);
        Assert.Equal("$", problem.Path);
    }

    [Fact]
    public void Read_WhenSeveralFieldsAreBad_ThenEveryProblemIsReportedWithItsPath()
    {
        var result = DatasetReader.Read("""
            { "dataset": { "id": "d", "title": "T" },
              "roles": [ { "id": "R", "framework": "F", "title": "x", "requires": [ { "competence": "C", "level": "high" } ] } ],
              "mappings": [ { "source": "A", "relationship": "same_as", "target": "B", "strength": 10, "status": "done" } ],
              "trainingProgrammes": [ { "id": "p", "title": "P", "provider": "prov", "regions": ["DE", 7], "seatsPerYear": 1.5, "hours": 1, "develops": [], "seats": 3 } ],
              "demand": [ 42 ],
              "extra": true }
            """);

        Assert.Equal(
            [
                "$.dataset.source: is required",
                "$.roles[0].requires[0].level: must be a whole number, not a string",
                "$.mappings[0].relationship: 'same_as' is not one of equal, subset_of, superset_of, intersects_with, not_related",
                "$.mappings[0].status: 'done' is not one of proposed, approved",
                "$.trainingProgrammes[0].regions[1]: must be a non-empty string, not a number",
                "$.trainingProgrammes[0].seatsPerYear: 1.5 is not a whole number in the 32-bit range",
                "$.trainingProgrammes[0].seats: is not a known field",
                "$.demand[0]: must be an object, not a number",
                "$.extra: is not a known field",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_WhenArrayElementIsBad_ThenLaterElementsKeepTheirIndex()
    {
        var result = DatasetReader.Read("""
            { "dataset": { "id": "d", "title": "T", "source": "s" },
              "regions": [ "EU", { "code": "DE", "name": "Germany", "parent": "EU" } ] }
            """);

        Assert.Equal(2, result.Dataset!.Regions.Count);
        Assert.Equal("DE", result.Dataset.Regions[1].Code);
    }
}
