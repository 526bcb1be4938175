using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DemandInputGraphType : InputObjectGraphType<DemandInput>
{
    public DemandInputGraphType()
    {
        Name = "DemandInput";
        Field(x => x.Region);
        Field(x => x.Role, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field(x => x.Openings);
        Field(x => x.Employed, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}
