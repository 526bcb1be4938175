using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingInputGraphType : InputObjectGraphType<MappingInput>
{
    public MappingInputGraphType()
    {
        Name = "MappingInput";
        Description = "A NIST IR 8477 relationship to propose. It stays PROPOSED until another account approves it.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Relationship, type: typeof(NonNullGraphType<RelationshipGraphType>));
        Field(x => x.Strength).Description("0..10; EQUAL needs 10 and NOT_RELATED 0.");
        Field(x => x.Rationale, type: typeof(RationaleGraphType));
        Field(x => x.Correspondence, type: typeof(CorrespondenceGraphType)).Description("Only between standards; IDT needs EQUAL.");
        Field(x => x.Note, nullable: true);
    }
}
