using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ProviderGraphType : ObjectGraphType<Provider>
{
    public ProviderGraphType()
    {
        Name = "Provider";
        Description = "An organisation that offers training programmes.";
        Interface<NodeGraphType>();
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Name);
        Field<RegionGraphType>("region").Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(p => p.Note, nullable: true);
    }
}
