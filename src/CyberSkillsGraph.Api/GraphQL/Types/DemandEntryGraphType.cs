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
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region that needs the people.").Resolve(c => c.Snapshot().FindRegion(c.Source.Region));
        Field<NonNullGraphType<RoleGraphType>>("role").Description("The role it needs them in.").Resolve(c => c.Snapshot().FindRole(c.Source.Role));
        Field(d => d.Year).Description("The year.");
        Field(d => d.Openings).Description("How many people it needs to hire that year.");
        Field(d => d.Employed, nullable: true).Description("Today's workforce in the role, where known.");
        Field(d => d.Source, nullable: true).Description("Where the figure comes from.");
        Field(d => d.Note, nullable: true).Description("Remarks on the figure, if any.");
    }
}
