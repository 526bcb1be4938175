using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageClassGraphType : EnumerationGraphType<CoverageClass>
{
    public CoverageClassGraphType()
    {
        Name = "CoverageClass";
        Description = "EQUAL: same or equal-only path; FULL: equal and subset_of hops; PARTIAL: any other path; NONE: no path.";
    }
}
