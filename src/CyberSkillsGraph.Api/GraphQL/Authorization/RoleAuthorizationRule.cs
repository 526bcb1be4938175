using CyberSkillsGraph.Api.Auth;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.GraphQL.Authorization;

/// <summary>
/// Enforces the roles declared on fields with <c>AuthorizeWithRoles</c> before anything executes: a
/// field that needs a role refuses an anonymous caller (UNAUTHENTICATED) and a caller with none of its
/// roles or a token without the <c>api</c> scope (FORBIDDEN). Resolvers then only check what needs data, such as owning a programme.
/// </summary>
public sealed class RoleAuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, validation) =>
        {
            var field = validation.TypeInfo.GetFieldDef();
            if (field is null || !field.IsAuthorizationRequired()) return;
            var user = validation.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Unauthenticated,
                    $"'{field.Name}' needs a signed-in caller: send an access token from /connect/token as 'Authorization: Bearer <token>'.", node)
                { Code = ErrorCodes.Unauthenticated });
                return;
            }
            if (!user.HasApiScope())
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Forbidden,
                    $"'{field.Name}' needs a token with the '{AuthServer.ApiScope}' scope: request it with scope={AuthServer.ApiScope}.", node)
                { Code = ErrorCodes.Forbidden });
                return;
            }
            var roles = field.GetRoles();
            if (roles is { Count: > 0 } && !roles.Any(user.HasRole))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Forbidden,
                    $"'{field.Name}' needs one of the roles {string.Join(", ", roles)}.", node)
                { Code = ErrorCodes.Forbidden });
            }
        }));
}
