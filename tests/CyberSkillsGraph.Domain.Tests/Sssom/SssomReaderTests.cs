using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Sssom;

namespace CyberSkillsGraph.Domain.Tests.Sssom;

public sealed class SssomReaderTests
{
    private const string Header = """
        #curie_map:
        #  ECSF: "https://cyberskillsgraph.example/element/ECSF/"
        #  NICE: "https://cyberskillsgraph.example/element/NICE/"
        #  csg: "https://cyberskillsgraph.example/element/"
        #  skos: "http://www.w3.org/2004/02/skos/core#"
        #  semapv: "https://w3id.org/semapv/vocab/"
        #mapping_set_id: "https://standards.example/crosswalks/ecsf-nice"
        #mapping_set_title: "ECSF to NICE, draft"
        #license: "https://creativecommons.org/licenses/by/4.0/"
        subject_id	predicate_id	predicate_modifier	object_id	mapping_justification	confidence	author_label	comment	mapping_status	mapping_rationale	correspondence

        """;

    [Fact]
    public void Read_WhenEveryRowIsValid_ThenEachPredicateReadsAsItsRelationship()
    {
        var text = Header + string.Join('\n',
            "ECSF:CISO\tskos:relatedMatch\t\tNICE:OG-WRL-007\tsemapv:ManualMappingCuration\t0.8\tA body\tsame top job\tproposed\tfunctional\t",
            "ECSF:PENTESTER\tskos:broadMatch\t\tNICE:PD-WRL-007\tsemapv:ManualMappingCuration\t0.6\t\t\tapproved\t\t",
            "ECSF:ARCHITECT\tskos:relatedMatch\tNot\tNICE:IN-WRL-001\tsemapv:ManualMappingCuration\t\t\t\t\t\t",
            "csg:ISO%2FIEC%2027001%3A2022\tskos:exactMatch\t\tcsg:JIS%20Q%2027001%3A2023\tsemapv:ManualMappingCuration\t\t\t\t\t\tIDT") + "\n";

        var result = SssomReader.Read(text);

        Assert.Empty(result.Problems);
        var dataset = result.Dataset!;
        Assert.Equal(("ecsf-nice", "ECSF to NICE, draft", "https://standards.example/crosswalks/ecsf-nice"), (dataset.Info.Id, dataset.Info.Title, dataset.Info.Source));
        Assert.Equal(
            [
                new Mapping("ECSF:CISO", Relationship.IntersectsWith, "NICE:OG-WRL-007", 8, Rationale.Functional, null, MappingStatus.Proposed, "A body", "same top job"),
                new Mapping("ECSF:PENTESTER", Relationship.SubsetOf, "NICE:PD-WRL-007", 6, null, null, MappingStatus.Approved, null),
                new Mapping("ECSF:ARCHITECT", Relationship.NotRelated, "NICE:IN-WRL-001", 0, null, null, MappingStatus.Proposed, null),
                new Mapping("ISO/IEC 27001:2022", Relationship.Equal, "JIS Q 27001:2023", 10, null, Correspondence.Identical, MappingStatus.Proposed, null),
            ],
            dataset.Mappings);
        Assert.Equal([11, 12, 13, 14], result.MappingLines);
    }

    [Fact]
    public void Read_WhenSeveralRowsAreWrong_ThenEveryProblemHasItsLineAndColumnAndNoDatasetIsMade()
    {
        var text = Header + string.Join('\n',
            "ECSF:CISO\tskos:closeMatch\t\tNICE:OG-WRL-007\tsemapv:ManualMappingCuration\t0.8\t\t\t\t\t",
            "ECSF:CISO\tskos:relatedMatch\t\tNICE:OG-WRL-007\tsemapv:ManualMappingCuration\t0.85\t\t\tmaybe\t\tIDENTICAL",
            "XX:CISO\tskos:relatedMatch\t\tNICE:OG-WRL-007\t\t0.5\t\t\t\t\t",
            "ECSF:CISO\tskos:relatedMatch") + "\n";

        var result = SssomReader.Read(text);

        Assert.Null(result.Dataset);
        Assert.Equal(
            [
                "line 11, column 2: predicate_id: 'skos:closeMatch' is not one of skos:exactMatch, skos:broadMatch, skos:narrowMatch, skos:relatedMatch (optionally with predicate_modifier Not)",
                "line 12, column 6: confidence: '0.85' is not one of 0.0, 0.1, … 1.0 (mapping strength 0..10 divided by 10)",
                "line 12, column 9: mapping_status: 'maybe' is not proposed or approved",
                "line 12, column 11: correspondence: 'IDENTICAL' is not IDT, MOD or NEQ",
                "line 13, column 1: subject_id: prefix 'XX' is not declared in curie_map",
                "line 13, column 5: mapping_justification: is required",
                "line 14, column 0: 2 cells where the header has 11 columns",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_WhenTheMetadataLacksRequiredKeys_ThenEachIsNamed()
    {
        var result = SssomReader.Read("#curie_map:\n#  ECSF: \"x/\"\nsubject_id\tpredicate_id\tobject_id\n");

        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.Message == "metadata: mapping_set_id is required");
        Assert.Contains(result.Problems, p => p.Message == "metadata: license is required");
        Assert.Contains(result.Problems, p => p is { Line: 3, Message: "required column 'mapping_justification' is missing" });
    }

    [Fact]
    public void Read_WhenTheMetadataIsNotYaml_ThenTheLineOfTheFaultIsGiven()
    {
        var unterminatedString = SssomReader.Read("#curie_map:\n#  ECSF: \"x/\n#license: x\nsubject_id\n");
        var unterminatedList = SssomReader.Read("#curie_map:\n#  ECSF: [x\n#license: x\nsubject_id\n");

        var problem = Assert.Single(unterminatedString.Problems, p => p.Message.StartsWith("metadata:", StringComparison.Ordinal));
        Assert.InRange(problem.Line, 2, 4);
        Assert.Null(unterminatedList.Dataset);
        Assert.Contains(unterminatedList.Problems, p => p.Message.StartsWith("metadata: malformed YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_WhenReadBack_ThenTheWorkedExampleMappingsComeBackUnchanged()
    {
        var graph = TestDocuments.WorkedExampleGraph;
        var mapping = new Mapping("JPX:SEC-MGMT", Relationship.SupersetOf, "ECF:E.8", 7, Rationale.Semantic, null, MappingStatus.Approved, "Tester", "tab\tand\nline break");
        var content = new GraphContent(1, [graph.Datasets[0] with { Mappings = [mapping] }]);

        var read = SssomReader.Read(SssomWriter.Write(content));

        Assert.Empty(read.Problems);
        Assert.Equal([mapping with { Note = "tab and line break" }], read.Dataset!.Mappings);
        Assert.Empty(DatasetValidator.Validate(read.Dataset, content));
    }
}
