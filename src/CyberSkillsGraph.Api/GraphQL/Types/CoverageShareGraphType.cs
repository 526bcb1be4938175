using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageShareGraphType : ObjectGraphType<CoverageShare>
{
    public CoverageShareGraphType()
    {
        Name = "CoverageShare";
        Description = "For one kind of element: how many fall in each class, and their shares of the total.";
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => ElementKinds.Name(c.Source.Kind));
        Field(s => s.Total);
        Field(s => s.Equal);
        Field(s => s.Full);
        Field(s => s.Partial);
        Field(s => s.None);
        Field<NonNullGraphType<FloatGraphType>>("equalShare").Resolve(c => c.Source.Share(c.Source.Equal));
        Field<NonNullGraphType<FloatGraphType>>("fullShare").Resolve(c => c.Source.Share(c.Source.Full));
        Field<NonNullGraphType<FloatGraphType>>("partialShare").Resolve(c => c.Source.Share(c.Source.Partial));
        Field<NonNullGraphType<FloatGraphType>>("noneShare").Resolve(c => c.Source.Share(c.Source.None));
    }
}
