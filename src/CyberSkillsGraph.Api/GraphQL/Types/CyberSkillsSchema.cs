using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CyberSkillsSchema : Schema
{
    public CyberSkillsSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "CyberSkillsGraph: cybersecurity skills frameworks, standards, training and demand of the EU and Japan.";
    }
}
