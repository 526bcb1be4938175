using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UserErrorCodeGraphType : EnumerationGraphType
{
    public UserErrorCodeGraphType()
    {
        Name = "UserErrorCode";
        Description = "Why a mutation changed nothing.";
        Add("INVALID", UserErrorCode.Invalid, "The field's value breaks a rule; the message says which.");
        Add("NOT_FOUND", UserErrorCode.NotFound, "There is no record with the id (or ends) the field names, or none of yours.");
        Add("LIMIT_REACHED", UserErrorCode.LimitReached, "You already keep as many as allowed.");
    }
}
