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
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field(p => p.Name).Description("The provider's name.");
        Field<RegionGraphType>("region").Description("Where the provider is based, if recorded.").Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(p => p.Note, nullable: true).Description("Remarks on the provider, if any.");
    }
}
