using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ApproveMappingPayloadGraphType() : WritePayloadGraphType<MappingGraphType, Mapping>(
    "approveMapping", "mapping", "The mapping as stored now, APPROVED.");
