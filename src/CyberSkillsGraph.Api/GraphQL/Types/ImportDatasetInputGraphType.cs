using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportDatasetInputGraphType : InputObjectGraphType<ImportInput>
{
    public ImportDatasetInputGraphType()
    {
        Name = "ImportDatasetInput";
        Description = "A dataset document to import.";
        Field(x => x.Document).Description("The dataset document as JSON text (seed-data/schema/dataset.schema.json).");
    }
}
