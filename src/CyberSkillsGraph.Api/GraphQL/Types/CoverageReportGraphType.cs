using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageReportGraphType : ObjectGraphType<CoverageReport>
{
    public CoverageReportGraphType()
    {
        Name = "CoverageReport";
        Description = "How well the target framework covers each competence and role of the source framework.";
        Field<NonNullGraphType<FrameworkGraphType>>("source").Resolve(c => c.Snapshot().FindFramework(c.Source.Source));
        Field<NonNullGraphType<FrameworkGraphType>>("target").Resolve(c => c.Snapshot().FindFramework(c.Source.Target));
        Field(r => r.MaxHops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ElementCoverageGraphType>>>>("elements").Resolve(c => c.Source.Elements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageShareGraphType>>>>("shares")
            .Description("Counts and shares per kind: competences, then roles.")
            .Resolve(c => c.Source.Shares);
    }
}
