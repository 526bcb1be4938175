using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CyberSkillsSchema : Schema
{
    public CyberSkillsSchema(IServiceProvider services, QueryGraphType query) : base(services)
    {
        Query = query;
        Description = "CyberSkillsGraph: cybersecurity skills frameworks, standards, training and demand of the EU and Japan.";
    }
}
