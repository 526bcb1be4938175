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
        Field(m => m.Source, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.Target, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.Relationship, type: typeof(NonNullGraphType<RelationshipGraphType>));
        Field(m => m.Strength).Description("0..10; equal is always 10 and not_related 0.");
        Field(m => m.Rationale, type: typeof(RationaleGraphType));
        Field(m => m.Correspondence, type: typeof(CorrespondenceGraphType));
        Field(m => m.Status, type: typeof(NonNullGraphType<MappingStatusGraphType>));
        Field(m => m.Author, nullable: true);
        Field(m => m.Note, nullable: true);
        Field<MappingProposalGraphType>("proposal")
            .Description("A pending change to this approved mapping, or null.")
            .Resolve(c => c.Source.Proposal);
    }
}
