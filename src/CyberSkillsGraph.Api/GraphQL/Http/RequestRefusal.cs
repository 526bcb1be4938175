namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Why a request is answered with an error before anything runs: the message, its <c>extensions.code</c> and the HTTP status.</summary>
internal sealed record RequestRefusal(string Message, string Code, int Status);
