using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>A request whose arguments cannot be answered: <c>extensions.code</c> is BAD_USER_INPUT.</summary>
public sealed class UserInputError : ExecutionError
{
    public UserInputError(string argument, string message) : base($"{argument}: {message}")
    {
        Code = ErrorCodes.BadUserInput;
        Data["argument"] = argument;
    }
}
