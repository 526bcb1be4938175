using CyberSkillsGraph.Api.Writes;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>
/// Splits a refused write into the two kinds of answer (docs/api.md, "Mutations"): what the caller can fix by changing
/// the input (invalid values, a record that is not there) becomes the payload's <c>userErrors</c>, with paths into the
/// input; who may write (authentication, authorization), conflicts and rate limits stay top-level errors with a code.
/// </summary>
internal static class WriteErrors
{
    public static async Task<WritePayload<T>> PayloadAsync<T>(RecordInput input, Func<Task<T>> write) where T : class
    {
        try
        {
            return new WritePayload<T>(await write(), []);
        }
        catch (WriteRejectedException e) when (e.Code == ErrorCodes.BadUserInput)
        {
            return new WritePayload<T>(null, e.Problems.Count > 0
                ? [.. e.Problems.Select(input.ErrorOf)]
                : [new UserErrorResult(["input"], UserErrorCode.Invalid, e.Message)]);
        }
        catch (WriteRejectedException e) when (e.Code == ErrorCodes.NotFound)
        {
            return new WritePayload<T>(null, [new UserErrorResult(input.NotFoundField, UserErrorCode.NotFound, e.Message)]);
        }
        catch (WriteRejectedException e)
        {
            throw TopLevel(e);
        }
    }

    public static async Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (WriteRejectedException e)
        {
            throw TopLevel(e);
        }
    }

    /// <summary>A refusal that is not about the input's values: its code, and for a refused import each part the account may not write.</summary>
    private static ExecutionError TopLevel(WriteRejectedException e)
    {
        var error = new ExecutionError(e.Message) { Code = e.Code };
        if (e.Problems.Count > 0)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["problems"] = e.Problems.Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["message"] = p.Message }).ToList();
        }
        return error;
    }
}
