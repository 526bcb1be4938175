namespace CyberSkillsGraph.Api.Writes;

/// <summary>What a mutation that writes one record answers: the record as stored, or null with the reasons nothing was written.</summary>
public sealed record WritePayload<T>(T? Entity, IReadOnlyList<UserErrorResult> UserErrors) where T : class;
