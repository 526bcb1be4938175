using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UserErrorGraphType : ObjectGraphType<UserErrorResult>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input that the caller can fix; the mutation changed nothing. " +
            "Who may write (UNAUTHENTICATED, FORBIDDEN), conflicts (CONFLICT) and rate limits (RATE_LIMITED) are top-level errors instead.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("The path of the input field, from the argument down: names and list indexes, such as [\"input\", \"develops\", \"0\", \"level\"]; null when the problem is with no one field.")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<UserErrorCodeGraphType>>("code").Description("What kind of problem.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in English.").Resolve(c => c.Source.Message);
    }
}
