namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportDatasetPayloadGraphType() : ImportPayloadGraphType("importDataset");
