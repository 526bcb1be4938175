using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DemandEntryGraphType : ObjectGraphType<DemandEntry>
{
    public DemandEntryGraphType()
    {
        Name = "DemandEntry";
        Description = "How many people in a role a region needs to hire in a year.";
        Interface<NodeGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("\"region|role|year\": one entry per region, role and year.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<RegionGraphType>>("region").Resolve(c => c.Snapshot().FindRegion(c.Source.Region));
        Field<NonNullGraphType<RoleGraphType>>("role").Resolve(c => c.Snapshot().FindRole(c.Source.Role));
        Field(d => d.Year);
        Field(d => d.Openings);
        Field(d => d.Employed, nullable: true).Description("Today's workforce in the role, where known.");
        Field(d => d.Source, nullable: true);
        Field(d => d.Note, nullable: true);
    }
}
