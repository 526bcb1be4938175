using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The payload of an import: the graph's revision and what changed, or userErrors and nothing written. Every problem
/// points at <c>["input", "document"]</c>; its message starts with where in the document it is (a JSON path, or a line
/// and column), since a document's inner structure is not part of the GraphQL input.
/// </summary>
public abstract class ImportPayloadGraphType : ObjectGraphType<ImportOutcome>
{
    private static readonly IReadOnlyList<string> Document = ["input", "document"];

    protected ImportPayloadGraphType(string mutation)
    {
        Name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload";
        Description = $"The result of {mutation}: every record written, or none and userErrors saying why.";
        Field(r => r.Revision).Description("The graph's revision after the import; unchanged when nothing was written.");
        Field("recordsChanged", r => r.Records).Description("Records the import changed; records equal to the stored ones are not rewritten.");
        Field(r => r.MappingsProposed).Description("Mappings stored as proposals, or as pending changes beside an approved mapping, that wait for another account's approval.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors")
            .Description("Why nothing was written. field is [\"input\", \"document\"]; message starts with the place in the document: a JSON path such as $.roles[3].requires[1].level, or line N, column M.")
            .Resolve(c => c.Source.Problems.Select(p => new UserErrorResult(Document, UserErrorCode.Invalid, p.ToString())));
    }
}
