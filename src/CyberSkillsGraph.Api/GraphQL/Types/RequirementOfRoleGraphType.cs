using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RequirementOfRoleGraphType : ObjectGraphType<RoleRequirement>
{
    public RequirementOfRoleGraphType()
    {
        Name = "RoleRequirement";
        Description = "A role that requires a competence, and at which level.";
        Field<NonNullGraphType<RoleGraphType>>("role").Description("The role.").Resolve(c => c.Source.Role);
        Field(r => r.Level).Description("The proficiency level it requires, 1..5.");
    }
}
