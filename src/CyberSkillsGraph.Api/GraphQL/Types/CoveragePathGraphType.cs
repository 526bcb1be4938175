using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoveragePathGraphType : ObjectGraphType<CoveragePath>
{
    public CoveragePathGraphType()
    {
        Name = "CoveragePath";
        Description = "The best mapping path from a needed element to a taught one.";
        Field(p => p.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the element the path reaches.");
        Field(p => p.Class, type: typeof(NonNullGraphType<CoverageClassGraphType>)).Description("How fully the reached element covers the needed one.");
        Field(p => p.Hops).Description("How many mappings the path follows; 0 when the element itself is taught.");
        Field(p => p.MinStrength, nullable: true).Description("The weakest mapping strength on the path; null for zero hops.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("path")
            .Description("Element ids from the needed element to the taught one.")
            .Resolve(c => c.Source.Path);
        Field(p => p.UsesProposed).Description("True when the path follows a proposed mapping; only a preview with includeProposed can return true.");
    }
}
