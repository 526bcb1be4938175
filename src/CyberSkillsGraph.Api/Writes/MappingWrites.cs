using System.Security.Claims;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// Standards bodies propose mappings; another standards-body account or an administrator approves
/// them. Only approved mappings take part in analysis, so no single account can change results alone.
/// </summary>
public static class MappingWrites
{
    public static Task<Mapping> UpsertAsync(GraphState state, ClaimsPrincipal user, MappingInput input, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var existing = snapshot.Mappings.FirstOrDefault(m => m.Source == input.Source && m.Target == input.Target);
            // Any change needs a fresh approval, so an upsert always leaves the mapping proposed.
            var mapping = new Mapping(input.Source, input.Relationship, input.Target, input.Strength, input.Rationale, input.Correspondence,
                MappingStatus.Proposed, AuthorOf(user), input.Note);
            return Request(mapping, Audit.Entry(user, "upsertMapping", "mapping", mapping.Key, existing, mapping));
        }, snapshot => Find(snapshot.Mappings, input.Source, input.Target)!, cancellationToken);

    public static Task<Mapping> ApproveAsync(GraphState state, ClaimsPrincipal user, string source, string target, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var existing = Find(snapshot.Mappings, source, target)
                ?? throw new WriteRejectedException(ErrorCodes.NotFound, $"There is no mapping from '{source}' to '{target}'.");
            if (existing.Author == AuthorOf(user) && !user.HasRole(Roles.Admin))
                throw new WriteRejectedException(ErrorCodes.Forbidden, "A mapping must be approved by a different standards-body account or an administrator.");
            var approved = existing with { Status = MappingStatus.Approved };
            return Request(approved, Audit.Entry(user, "approveMapping", "mapping", approved.Key, existing, approved));
        }, snapshot => Find(snapshot.Mappings, source, target)!, cancellationToken);

    private static Mapping? Find(IReadOnlyList<Mapping> mappings, string source, string target) =>
        mappings.FirstOrDefault(m => m.Source == source && m.Target == target);

    /// <summary>The account's name: the client id for services, the user name for people.</summary>
    private static string AuthorOf(ClaimsPrincipal user) => user.Identity?.Name ?? user.Subject() ?? "unknown";

    private static WriteRequest Request(Mapping mapping, AuditEntry audit) =>
        new([new NamedDataset(null, new Dataset(ApiDatasets.Mappings) { Mappings = [mapping] })], [audit]);
}
