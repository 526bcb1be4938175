using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapStatusGraphType : EnumerationGraphType<GapStatus>
{
    public GapStatusGraphType()
    {
        Name = "GapStatus";
        Description = "MISSING: nothing reachable teaches it; SHORTAGE: fewer seats than openings; COVERED: enough seats.";
        this.Describe("MISSING", "No programme in, below or above the region fully supplies it.");
        this.Describe("SHORTAGE", "Some seats supply it, fewer than the openings that need it.");
        this.Describe("COVERED", "At least as many seats supply it as openings need it.");
    }
}
