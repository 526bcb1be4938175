using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>A role together with the level at which it requires a given competence.</summary>
public sealed record RoleRequirement(Role Role, int Level);
