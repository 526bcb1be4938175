using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingInputGraphType : InputObjectGraphType<MappingInput>
{
    public MappingInputGraphType()
    {
        Name = "MappingInput";
        Description = "A NIST IR 8477 relationship to propose. It stays PROPOSED until another account approves it.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the element the relationship is read from.");
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the element the relationship is read to.");
        Field(x => x.Relationship, type: typeof(NonNullGraphType<RelationshipGraphType>)).Description("How source relates to target.");
        Field(x => x.Strength).Description("0..10; EQUAL needs 10 and NOT_RELATED 0.");
        Field(x => x.Rationale, type: typeof(RationaleGraphType)).Description("Why the two are judged related.");
        Field(x => x.Correspondence, type: typeof(CorrespondenceGraphType)).Description("Only between standards; IDT needs EQUAL.");
        Field(x => x.Note, nullable: true).Description("Remarks, such as the published source of the mapping.");
    }
}
