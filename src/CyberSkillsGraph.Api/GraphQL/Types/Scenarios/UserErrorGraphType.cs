using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UserErrorGraphType : ObjectGraphType<UserErrorResult>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input; the mutation changed nothing.";
        Field<StringGraphType>("field").Description("The path of the input field, such as input.scenario.addProgrammes[0].regions[1]; null for the input as a whole.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<UserErrorCodeGraphType>>("code").Description("What kind of problem.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in English.").Resolve(c => c.Source.Message);
    }
}
