using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class CorrespondenceGraphType : EnumerationGraphType
{
    public CorrespondenceGraphType()
    {
        Name = "Correspondence";
        Description = "ISO/IEC Guide 21-1 degree of correspondence of an adopted standard.";
        Add("IDT", Correspondence.Identical, "Identical: same technical content and structure.");
        Add("MOD", Correspondence.Modified, "Modified: deviations identified and explained.");
        Add("NEQ", Correspondence.NotEquivalent, "Not equivalent: not a valid adoption.");
    }
}
