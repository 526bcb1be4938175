using CyberSkillsGraph.Api.GraphQL.Http;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>Charges a document that passed the cost limit to its client's <see cref="QueryCostBudget"/>, or refuses it when the budget is spent.</summary>
internal static class QueryCostCharge
{
    public static Task Charge(ComplexityValidationContext context)
    {
        if (context.Error is not null || context.ValidationContext.UserContext is not GraphQLUserContext user) return Task.CompletedTask;
        var budget = context.ValidationContext.RequestServices!.GetRequiredService<QueryCostBudget>();
        if (budget.TryAcquire(user.Client, (long)Math.Ceiling(context.TotalImpact)) is not { } wait) return Task.CompletedTask;
        user.RetryAfter = wait;
        context.Error = new ValidationError(context.ValidationContext.Document.Source, ErrorCodes.RateLimited,
            $"This client has spent its query cost budget of {budget.PerMinute} a minute (this request costs {context.TotalImpact:0}); retry after {Math.Ceiling(wait.TotalSeconds)} s.")
        { Code = ErrorCodes.RateLimited };
        return Task.CompletedTask;
    }
}
