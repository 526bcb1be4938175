using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CyberSkillsSchema : Schema
{
    public CyberSkillsSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "CyberSkillsGraph: cybersecurity skills frameworks, standards, training and demand of the EU and Japan.";
        // The introspection of the October 2021 specification, as graphql-js's getIntrospectionQuery asks it with every option.
        Features.DeprecationOfInputValues = true;
        Features.RepeatableDirectives = true;
        // Introspection is charged by IntrospectionImpact and its nesting bounded by IntrospectionDepthRule.
        RegisterVisitor(new IntrospectionCompletion());
    }
}
