using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingProposalGraphType : ObjectGraphType<MappingProposal>
{
    public MappingProposalGraphType()
    {
        Name = "MappingProposal";
        Description = "A change to an approved mapping that waits for another account's approval; until then the approved values stay in force.";
        Field(p => p.Relationship, type: typeof(NonNullGraphType<RelationshipGraphType>)).Description("The relationship proposed; NOT_RELATED proposes withdrawing the mapping.");
        Field(p => p.Strength).Description("0..10; equal is always 10 and not_related 0.");
        Field(p => p.Rationale, type: typeof(RationaleGraphType)).Description("The rationale proposed, if any.");
        Field(p => p.Correspondence, type: typeof(CorrespondenceGraphType)).Description("The degree of correspondence proposed, if any.");
        Field(p => p.Author, nullable: true).Description("The account that proposed the change; it cannot approve it.");
        Field(p => p.Note, nullable: true).Description("Remarks on the proposed change, if any.");
    }
}
