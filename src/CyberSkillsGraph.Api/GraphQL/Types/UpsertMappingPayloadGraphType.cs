using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UpsertMappingPayloadGraphType() : WritePayloadGraphType<MappingGraphType, Mapping>(
    "upsertMapping", "mapping", "The mapping as stored now: a proposal, or an approved mapping with the change pending beside it.");
