using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ApproveMappingInputGraphType : InputObjectGraphType<ApproveMappingInput>
{
    public ApproveMappingInputGraphType()
    {
        Name = "ApproveMappingInput";
        Description = "The mapping to approve, by its two ends.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the mapping's source element.");
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the mapping's target element.");
    }
}
