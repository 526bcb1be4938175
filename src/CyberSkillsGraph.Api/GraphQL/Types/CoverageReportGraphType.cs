using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageReportGraphType : ObjectGraphType<CoverageReport>
{
    public CoverageReportGraphType()
    {
        Name = "CoverageReport";
        Description = "How well the target framework covers each competence and role of the source framework.";
        Field<NonNullGraphType<FrameworkGraphType>>("source").Description("The framework whose elements are covered.").Resolve(c => c.Snapshot().FindFramework(c.Source.Source));
        Field<NonNullGraphType<FrameworkGraphType>>("target").Description("The framework that covers them.").Resolve(c => c.Snapshot().FindFramework(c.Source.Target));
        Field(r => r.MaxHops).Description("The longest mapping path followed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ElementCoverageGraphType>>>>("elements").Description("Every competence, then every role, of the source framework, by id.").Resolve(c => c.Source.Elements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageShareGraphType>>>>("shares")
            .Description("Counts and shares per kind: competences, then roles.")
            .Resolve(c => c.Source.Shares);
    }
}
