using CyberSkillsGraph.Analysis.Bridges;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RoleBridgeGraphType : ObjectGraphType<RoleBridge>
{
    public RoleBridgeGraphType()
    {
        Name = "RoleBridge";
        Description = "What a person holding one role (say in SecBoK) already meets of another (say in ECSF), through approved mappings, and what to learn for the rest.";
        Field<NonNullGraphType<RoleGraphType>>("from").Description("The role held.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<RoleGraphType>>("to").Description("The role aimed at.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgeRequirementGraphType>>>>("requirements")
            .Description("Every requirement of the role aimed at, in competence id order.").Resolve(c => c.Source.Requirements);
        Field<CoveragePathGraphType>("rolePath")
            .Description("The best path of approved mappings from the role aimed at to the role held; null when the roles are not mapped.").Resolve(c => c.Source.RolePath);
        Field<LearningPathGraphType>("learningPath")
            .Description("Programmes reachable from the region that meet the partial and lacking requirements; null when no region was given.").Resolve(c => c.Source.Path);
    }
}
