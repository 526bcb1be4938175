using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DemandInputGraphType : InputObjectGraphType<DemandInput>
{
    public DemandInputGraphType()
    {
        Name = "DemandInput";
        Description = "How many people in a role a region needs to hire in a year.";
        Field(x => x.Region).Description("A region code.");
        Field(x => x.Role, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role.");
        Field(x => x.Year).Description("The year.");
        Field(x => x.Openings).Description("How many people it needs to hire that year.");
        Field(x => x.Employed, nullable: true).Description("Today's workforce in the role, where known.");
        Field(x => x.Source, nullable: true).Description("Where the figure comes from.");
        Field(x => x.Note, nullable: true).Description("Remarks on the figure.");
    }
}
