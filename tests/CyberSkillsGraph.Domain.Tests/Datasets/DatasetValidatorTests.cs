using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Datasets;

public sealed class DatasetValidatorTests
{
    private static IReadOnlyList<string> Problems(string json, GraphContent? existing = null) =>
        [.. DatasetValidator.Validate(TestDocuments.Parse(json), existing ?? TestDocuments.WorkedExampleGraph).Select(p => p.ToString())];

    [Fact]
    public void Validate_WhenWorkedExampleIsImportedIntoAnEmptyGraph_ThenItIsValid()
    {
        Assert.Empty(DatasetValidator.Validate(TestDocuments.WorkedExample, GraphContent.Empty));
    }

    [Fact]
    public void Validate_WhenWorkedExampleIsImportedAgain_ThenTheUpsertIsValid()
    {
        Assert.Empty(DatasetValidator.Validate(TestDocuments.WorkedExample, TestDocuments.WorkedExampleGraph));
    }

    [Fact]
    public void Validate_WhenLevelIsAboveTheCompetenceRange_ThenTheMessageNamesTheCompetenceAndItsMaximum()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "competences": [ { "id": "ECF:E.8", "framework": "ECF", "code": "E.8", "title": "ISM", "minLevel": 2, "maxLevel": 4 } ],
              "roles": [ { "id": "R", "framework": "ECSF", "title": "R", "requires": [ { "competence": "ECF:D.1", "level": 5 }, { "competence": "ECF:E.8", "level": 6 } ] },
                         { "id": "R2", "framework": "ECSF", "title": "R", "requires": [ { "competence": "ECF:E.8", "level": 1 } ] } ] }
            """);

        Assert.Equal(
            [
                "$.roles[0].requires[1].level: 6 is above ECF:E.8's maxLevel 4",
                "$.roles[1].requires[0].level: 1 is below ECF:E.8's minLevel 2",
            ],
            problems);
    }

    [Fact]
    public void Validate_WhenReferencesAreUnknown_ThenEachIsNamed()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "regions": [ { "code": "AT", "name": "Austria", "parent": "EUROPE" } ],
              "competences": [ { "id": "Q:1", "framework": "NOFW", "code": "1", "title": "t", "minLevel": 1, "maxLevel": 5 } ],
              "roles": [ { "id": "R", "framework": "ECSF", "title": "R", "requires": [ { "competence": "ECF:Z.9", "level": 3 } ] } ],
              "trainingProgrammes": [ { "id": "P9", "title": "t", "provider": "nobody", "regions": ["XX"], "seatsPerYear": 1, "hours": 1,
                                        "develops": [], "preparesFor": ["GHOST"], "alignedWith": ["ISO 0"] } ],
              "demand": [ { "region": "ZZ", "role": "NOBODY", "year": 2026, "openings": 1 } ] }
            """);

        Assert.Equal(
            [
                "$.regions[0].parent: unknown region 'EUROPE'",
                "$.competences[0].framework: unknown framework 'NOFW'",
                "$.roles[0].requires[0].competence: unknown competence 'ECF:Z.9'",
                "$.trainingProgrammes[0].provider: unknown provider 'nobody'",
                "$.trainingProgrammes[0].regions[0]: unknown region 'XX'",
                "$.trainingProgrammes[0].preparesFor[0]: unknown role 'GHOST'",
                "$.trainingProgrammes[0].alignedWith[0]: unknown standard 'ISO 0'",
                "$.demand[0].region: unknown region 'ZZ'",
                "$.demand[0].role: unknown role 'NOBODY'",
            ],
            problems);
    }

    [Fact]
    public void Validate_WhenIdsRepeatInOneFile_ThenTheDuplicateNamesTheFirst()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "trainingProgrammes": [
                { "id": "P7", "title": "a", "provider": "prov", "regions": ["DE"], "seatsPerYear": 1, "hours": 1, "develops": [] },
                { "id": "P7", "title": "b", "provider": "prov", "regions": ["DE"], "seatsPerYear": 1, "hours": 1, "develops": [] } ] }
            """);

        Assert.Equal(["$.trainingProgrammes[1]: duplicate training programme id 'P7' (first at $.trainingProgrammes[0])"], problems);
    }

    [Fact]
    public void Validate_WhenCountsAreNegative_ThenEachIsRefused()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "trainingProgrammes": [ { "id": "P7", "title": "a", "provider": "prov", "regions": ["DE"], "seatsPerYear": -1, "hours": -2, "develops": [] } ],
              "demand": [ { "region": "DE", "role": "CISO", "year": 2027, "openings": -5, "employed": -6 } ] }
            """);

        Assert.Equal(
            [
                "$.trainingProgrammes[0].seatsPerYear: -1 is negative; counts must be 0 or more",
                "$.trainingProgrammes[0].hours: -2 is negative; counts must be 0 or more",
                "$.demand[0].openings: -5 is negative; counts must be 0 or more",
                "$.demand[0].employed: -6 is negative; counts must be 0 or more",
            ],
            problems);
    }

    [Fact]
    public void Validate_WhenMappingBreaksTheRules_ThenEachRuleIsReported()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "mappings": [
                { "source": "ECF:E.8", "relationship": "subset_of", "target": "CISO", "strength": 5 },
                { "source": "ECF:E.8", "relationship": "equal", "target": "ECF:E.3", "strength": 9 },
                { "source": "ECF:E.8", "relationship": "not_related", "target": "ECF:B.3", "strength": 2 },
                { "source": "ECF:D.1", "relationship": "intersects_with", "target": "ECF:E.3", "strength": 11 },
                { "source": "ECF:D.1", "relationship": "subset_of", "target": "ECF:B.3", "strength": 4, "correspondence": "IDT" },
                { "source": "P1", "relationship": "equal", "target": "P2", "strength": 10 },
                { "source": "ECF:D.1", "relationship": "equal", "target": "ECF:D.1", "strength": 10 } ] }
            """);

        Assert.Equal(
            [
                "$.mappings[0]: a mapping joins elements of one kind, but 'ECF:E.8' is a competence and 'CISO' is a role",
                "$.mappings[1].strength: 9 must be 10 for an 'equal' relationship",
                "$.mappings[2].strength: 2 must be 0 for a 'not_related' relationship",
                "$.mappings[3].strength: 11 is outside 0..10",
                "$.mappings[4].correspondence: is only for mappings between standards",
                "$.mappings[4].correspondence: IDT (identical adoption) requires relationship 'equal'",
                "$.mappings[5].source: 'P1' cannot be mapped: mappings join competences, roles or standards",
                "$.mappings[5].target: 'P2' cannot be mapped: mappings join competences, roles or standards",
                "$.mappings[6].target: a mapping cannot join an element to itself",
            ],
            problems);
    }

    [Fact]
    public void Validate_WhenRegionsWouldFormACycle_ThenItIsRefused()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "regions": [ { "code": "EU", "name": "EU", "parent": "DE" } ] }
            """);

        Assert.Equal(["$.regions[0].parent: 'DE' would make a cycle in the region tree"], problems);
    }

    [Fact]
    public void Validate_WhenAnIdIsReusedForAnotherKind_ThenItIsRefused()
    {
        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "roles": [ { "id": "ECF:E.8", "framework": "ECSF", "title": "clash" } ] }
            """);

        Assert.Equal(["$.roles[0].id: 'ECF:E.8' is already the id of a competence in the graph"], problems);
    }

    [Fact]
    public void Validate_WhenReferenceIsInAnotherDocumentOfTheSameImport_ThenItResolves()
    {
        var regions = TestDocuments.Parse("""{ "dataset": { "id": "r", "title": "r", "source": "r" }, "regions": [ { "code": "JP", "name": "Japan", "parent": null } ] }""");
        var demand = TestDocuments.Parse("""{ "dataset": { "id": "d", "title": "d", "source": "d" }, "demand": [ { "region": "JP", "role": "CISO", "year": 2026, "openings": 3 } ] }""");

        var problems = DatasetValidator.Validate([new NamedDataset("b.json", demand), new NamedDataset("a.json", regions)], TestDocuments.WorkedExampleGraph);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_WhenAPairIsAlreadyMappedTheOtherWayRound_ThenTheReverseIsRefused()
    {
        var existing = new GraphContent(1, [TestDocuments.WorkedExample with
        {
            Mappings = [new Mapping("ECF:E.8", Relationship.SubsetOf, "ECF:E.3", 5, null, null, MappingStatus.Approved, "t")],
        }]);

        var problems = Problems("""
            { "dataset": { "id": "x", "title": "x", "source": "x" },
              "mappings": [ { "source": "ECF:E.3", "relationship": "equal", "target": "ECF:E.8", "strength": 10 },
                            { "source": "ECF:E.8", "relationship": "intersects_with", "target": "ECF:E.3", "strength": 4 } ] }
            """, existing);

        Assert.Equal(
            [
                "$.mappings[0]: 'ECF:E.8' and 'ECF:E.3' are already mapped the other way round; change that mapping instead",
                "$.mappings[1]: 'ECF:E.3' and 'ECF:E.8' are already mapped the other way round; change that mapping instead",
            ],
            problems);
    }
}
