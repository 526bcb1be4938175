using CyberSkillsGraph.Api.Writes;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>Turns a refused write into a GraphQL error with its code and, for bad input, every problem with its path.</summary>
internal static class WriteErrors
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (WriteRejectedException e)
        {
            var error = new ExecutionError(e.Message) { Code = e.Code };
            if (e.Problems.Count > 0)
                error.Extensions ??= new Dictionary<string, object?>();
            if (e.Problems.Count > 0)
                error.Extensions!["problems"] = e.Problems.Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["message"] = p.Message }).ToList();
            throw error;
        }
    }
}
