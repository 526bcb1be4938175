using System.Security.Claims;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>Builds audit entries; the store fills in the revision in the transaction that writes them.</summary>
internal static class Audit
{
    public static AuditEntry Entry<T>(ClaimsPrincipal user, string action, string kind, string key, T? before, T? after) where T : class =>
        new(0, DateTimeOffset.UtcNow, user.Actor(), action, kind, key,
            before is null ? null : RecordJson.Of(before), after is null ? null : RecordJson.Of(after));
}
