using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CoverageClassGraphType : EnumerationGraphType<CoverageClass>
{
    public CoverageClassGraphType()
    {
        Name = "CoverageClass";
        Description = "EQUAL: same or equal-only path; FULL: equal and subset_of hops; PARTIAL: any other path; NONE: no path.";
        this.Describe("EQUAL", "The element itself, or a path of EQUAL mappings only.");
        this.Describe("FULL", "A path of EQUAL and SUBSET_OF mappings: the reached element covers all of the needed one.");
        this.Describe("PARTIAL", "Any other path: the reached element covers part of the needed one.");
        this.Describe("NONE", "Nothing is reachable.");
    }
}
