namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportMappingsSssomPayloadGraphType() : ImportPayloadGraphType("importMappingsSssom");
