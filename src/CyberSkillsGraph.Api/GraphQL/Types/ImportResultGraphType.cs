using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportResultGraphType : ObjectGraphType<ImportOutcome>
{
    public ImportResultGraphType()
    {
        Name = "ImportResult";
        Description = "An import writes every record or none; when it writes none, problems says why.";
        Field(r => r.Succeeded).Description("True when every record was written; false when none was.");
        Field(r => r.Revision).Description("The store revision after the import.");
        Field(r => r.Records).Description("Records the import changed; records equal to the stored ones are not rewritten.");
        Field(r => r.MappingsProposed).Description("Mappings stored as proposals, or as pending changes beside an approved mapping, that wait for another account's approval.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemGraphType>>>>("problems").Description("Why nothing was written; empty on success.").Resolve(c => c.Source.Problems);
    }
}
