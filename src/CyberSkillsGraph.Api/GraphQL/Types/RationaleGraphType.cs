using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RationaleGraphType : EnumerationGraphType<Rationale>
{
    public RationaleGraphType()
    {
        Name = "Rationale";
        Description = "NIST IR 8477 rationale: why the two elements were judged related.";
    }
}
