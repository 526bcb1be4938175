using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SetDemandPayloadGraphType() : WritePayloadGraphType<DemandEntryGraphType, DemandEntry>(
    "setDemand", "demandEntry", "The demand entry as stored now.");
