using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RoleDemandFactorInputGraphType : InputObjectGraphType<RoleDemandFactorInput>
{
    public RoleDemandFactorInputGraphType()
    {
        Name = "RoleDemandFactorInput";
        Description = "A growth factor for one role's stored demand entries.";
        Field(x => x.Role, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role.");
        Field(x => x.Factor).Description("Multiplies the role's openings; rounded half away from zero.");
    }
}
