using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingGraphType : ObjectGraphType<Mapping>
{
    public MappingGraphType()
    {
        Name = "Mapping";
        Description = "A NIST IR 8477 relationship between two competences, two roles or two standards.";
        Interface<NodeGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("\"source -> target\": the pair of ends names one mapping.").Resolve(c => c.Source.Key);
        Field(m => m.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the element the relationship is read from.");
        Field(m => m.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the element the relationship is read to.");
        Field(m => m.Relationship, type: typeof(NonNullGraphType<RelationshipGraphType>)).Description("How source relates to target.");
        Field(m => m.Strength).Description("0..10; equal is always 10 and not_related 0.");
        Field(m => m.Rationale, type: typeof(RationaleGraphType)).Description("Why the two were judged related, if recorded.");
        Field(m => m.Correspondence, type: typeof(CorrespondenceGraphType)).Description("For an adopted standard: how closely it follows the original; null otherwise.");
        Field(m => m.Status, type: typeof(NonNullGraphType<MappingStatusGraphType>)).Description("PROPOSED until another account approves it; only APPROVED mappings count in analyses.");
        Field(m => m.Author, nullable: true).Description("The account that proposed it, if recorded.");
        Field(m => m.Note, nullable: true).Description("Remarks on the mapping, such as its published source.");
        Field<MappingProposalGraphType>("proposal")
            .Description("A pending change to this approved mapping, or null.")
            .Resolve(c => c.Source.Proposal);
    }
}
