using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageShareGraphType : ObjectGraphType<CoverageShare>
{
    public CoverageShareGraphType()
    {
        Name = "CoverageShare";
        Description = "For one kind of element: how many fall in each class, and their shares of the total.";
        Field<NonNullGraphType<ElementKindGraphType>>("kind").Description("The kind of element counted.").Resolve(c => c.Source.Kind);
        Field(s => s.Total).Description("How many elements of this kind the source framework has.");
        Field(s => s.Equal).Description("How many are in class EQUAL.");
        Field(s => s.Full).Description("How many are in class FULL.");
        Field(s => s.Partial).Description("How many are in class PARTIAL.");
        Field(s => s.None).Description("How many are in class NONE.");
        Field<NonNullGraphType<FloatGraphType>>("equalShare").Description("equal / total; 0 when total is 0.").Resolve(c => c.Source.Share(c.Source.Equal));
        Field<NonNullGraphType<FloatGraphType>>("fullShare").Description("full / total; 0 when total is 0.").Resolve(c => c.Source.Share(c.Source.Full));
        Field<NonNullGraphType<FloatGraphType>>("partialShare").Description("partial / total; 0 when total is 0.").Resolve(c => c.Source.Share(c.Source.Partial));
        Field<NonNullGraphType<FloatGraphType>>("noneShare").Description("none / total; 0 when total is 0.").Resolve(c => c.Source.Share(c.Source.None));
    }
}
