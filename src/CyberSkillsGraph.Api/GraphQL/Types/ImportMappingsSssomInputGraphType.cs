using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportMappingsSssomInputGraphType : InputObjectGraphType<ImportInput>
{
    public ImportMappingsSssomInputGraphType()
    {
        Name = "ImportMappingsSssomInput";
        Description = "An SSSOM mapping set to import.";
        Field(x => x.Document).Description("The mapping set as SSSOM/TSV text with its YAML metadata block, as mappingsSssom writes it.");
    }
}
