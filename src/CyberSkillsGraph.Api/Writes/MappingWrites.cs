using System.Security.Claims;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// Standards bodies propose mappings; another standards-body account or an administrator approves
/// them (<see cref="MappingReview"/>). Only approved mappings take part in analysis, so no single account can change results alone.
/// </summary>
public static class MappingWrites
{
    public static Task<Mapping> UpsertAsync(GraphState state, ClaimsPrincipal user, MappingInput input, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var existing = Find(snapshot.Mappings, input.Source, input.Target);
            var incoming = new Mapping(input.Source, input.Relationship, input.Target, input.Strength, input.Rationale, input.Correspondence,
                MappingStatus.Proposed, null, input.Note);
            var stored = MappingReview.Propose(existing, incoming, user.AccountName());
            return stored is null
                ? new WriteRequest([], [])
                : Request(stored, Audit.Entry(user, "upsertMapping", RecordKinds.Mappings.Name, stored.Key, existing, stored));
        }, snapshot => Find(snapshot.Mappings, input.Source, input.Target)!, cancellationToken);

    public static Task<Mapping> ApproveAsync(GraphState state, ClaimsPrincipal user, string source, string target, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var existing = Find(snapshot.Mappings, source, target)
                ?? throw new WriteRejectedException(ErrorCodes.NotFound, $"There is no mapping from '{source}' to '{target}'.");
            var approved = MappingReview.Approve(existing, user.AccountName(), user.HasRole(Roles.Admin));
            return Request(approved, Audit.Entry(user, "approveMapping", RecordKinds.Mappings.Name, approved.Key, existing, approved));
        }, snapshot => Find(snapshot.Mappings, source, target)!, cancellationToken);

    private static Mapping? Find(IReadOnlyList<Mapping> mappings, string source, string target) =>
        mappings.FirstOrDefault(m => m.Source == source && m.Target == target);

    private static WriteRequest Request(Mapping mapping, AuditEntry audit) =>
        new([new NamedDataset(null, new Dataset(ApiDatasets.Mappings) { Mappings = [mapping] })], [audit]);
}
