using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapTotalsGraphType : ObjectGraphType<GapTotals>
{
    public GapTotalsGraphType()
    {
        Name = "GapTotals";
        Description = "A gap report's totals: the openings and how many rows have each status.";
        Field(t => t.Openings).Description("Openings of the demand entries counted, each once.");
        Field(t => t.Missing).Description("Rows with status MISSING.");
        Field(t => t.Shortage).Description("Rows with status SHORTAGE.");
        Field(t => t.Covered).Description("Rows with status COVERED.");
    }
}
