using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// The review rule for mappings, on every write path (upsertMapping, importDataset, approveMapping): what a standards
/// body writes is a proposal until a different account approves it. A new mapping, or a change to a proposed one, is
/// stored as proposed; a change to an approved mapping (weaker, different, or <c>not_related</c> to withdraw it) is kept
/// beside it as a pending proposal while the approved values stay in force. The author is always the writing account.
/// </summary>
internal static class MappingReview
{
    /// <summary>The record to store when <paramref name="author"/> proposes <paramref name="incoming"/>, or null when nothing changes.</summary>
    public static Mapping? Propose(Mapping? existing, Mapping incoming, string author)
    {
        if (existing is { Status: MappingStatus.Approved })
        {
            if (SameTerms(existing, incoming)) return null;
            var proposal = new MappingProposal(incoming.Relationship, incoming.Strength, incoming.Rationale, incoming.Correspondence, author, incoming.Note);
            return existing.Proposal == proposal ? null : existing with { Proposal = proposal };
        }
        // Proposing the same terms again changes nothing, and so does not take over another account's proposal.
        if (existing is not null && SameTerms(existing, incoming)) return null;
        return incoming with { Status = MappingStatus.Proposed, Author = author, Proposal = null };
    }

    /// <summary>
    /// The approved record, when <paramref name="approver"/> may approve: a pending proposal takes effect, or a proposed
    /// mapping becomes approved. Its author cannot approve it; an administrator can approve anything.
    /// </summary>
    public static Mapping Approve(Mapping existing, string approver, bool isAdmin)
    {
        if (existing.Proposal is { } proposal)
        {
            if (proposal.Author == approver && !isAdmin)
                throw new WriteRejectedException(ErrorCodes.Forbidden, "A change to a mapping must be approved by a different standards-body account or an administrator.");
            return new Mapping(existing.Source, proposal.Relationship, existing.Target, proposal.Strength, proposal.Rationale, proposal.Correspondence,
                MappingStatus.Approved, proposal.Author, proposal.Note);
        }
        if (existing.Status == MappingStatus.Approved)
            throw new WriteRejectedException(ErrorCodes.BadUserInput, $"The mapping from '{existing.Source}' to '{existing.Target}' is already approved and has no pending change.");
        if (existing.Author == approver && !isAdmin)
            throw new WriteRejectedException(ErrorCodes.Forbidden, "A mapping must be approved by a different standards-body account or an administrator.");
        return existing with { Status = MappingStatus.Approved };
    }

    private static bool SameTerms(Mapping a, Mapping b) =>
        a.Relationship == b.Relationship && a.Strength == b.Strength && a.Rationale == b.Rationale &&
        a.Correspondence == b.Correspondence && a.Note == b.Note;
}
