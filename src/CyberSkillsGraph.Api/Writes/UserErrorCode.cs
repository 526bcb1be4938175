namespace CyberSkillsGraph.Api.Writes;

/// <summary>Why a mutation changed nothing, when the caller can fix it by changing the input.</summary>
public enum UserErrorCode
{
    Invalid,
    NotFound,
    LimitReached,
}
