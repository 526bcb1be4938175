namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>Why a scenario mutation changed nothing.</summary>
public enum UserErrorCode
{
    Invalid,
    NotFound,
    LimitReached,
}
