using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ImportResultGraphType : ObjectGraphType<ImportOutcome>
{
    public ImportResultGraphType()
    {
        Name = "ImportResult";
        Description = "An import writes every record or none; when it writes none, problems says why.";
        Field(r => r.Succeeded);
        Field(r => r.Revision);
        Field(r => r.Records);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemGraphType>>>>("problems").Resolve(c => c.Source.Problems);
    }
}
