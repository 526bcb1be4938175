using CyberSkillsGraph.Api.GraphQL.Authorization;
using CyberSkillsGraph.Api.GraphQL.Complexity;
using CyberSkillsGraph.Api.GraphQL.Execution;
using CyberSkillsGraph.Api.GraphQL.Http;
using CyberSkillsGraph.Api.GraphQL.Paging;
using CyberSkillsGraph.Api.GraphQL.Types;
using GraphQL;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Maximum nesting of a query: deep enough for every real question, shallow enough to refuse abuse.</summary>
    public const int MaxDepth = 15;

    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<CyberSkillsSchema>()
            .AddGraphTypes(typeof(CyberSkillsSchema).Assembly)
            // Japanese and every other script go out as UTF-8 text, not \u escapes; characters that matter in HTML are still escaped.
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
                json.Converters.Add(new ExecutionResultConverter());
            })
            // Long lists of rows (regionGaps at scale) are resolved a list at a time rather than a field at a time.
            .AddExecutionStrategy<RowListExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddComplexityAnalyzer((complexity, services) =>
            {
                complexity.MaxDepth = MaxDepth;
                complexity.MaxComplexity = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = IntrospectionImpact.Over(ListImpact.Over(complexity.DefaultComplexityImpactDelegate));
                complexity.ValidateComplexityDelegate = QueryCostCharge.Charge;
            })
            .AddValidationRule<RoleAuthorizationRule>()
            .AddValidationRule<IntrospectionDepthRule>()
            .AddErrorInfoProvider(options =>
            {
                // Clients get codes and messages, never stack traces or exception types.
                options.ExposeExceptionDetails = false;
                options.ExposeCode = true;
                options.ExposeData = true;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILogger<CyberSkillsSchema>>();
                logger?.LogError(context.OriginalException, "Unhandled error in a GraphQL resolver");
                context.ErrorMessage = "Internal error.";
            }));
        // The connection and edge types are generic over their node type; the container makes one per node type.
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MutationRateLimiter>();
        services.AddSingleton<QueryCostBudget>();
        services.AddSingleton<PersistedDocuments>();
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddHostedService<SchemaInitialization>();
        return services;
    }
}
