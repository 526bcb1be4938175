using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RationaleGraphType : EnumerationGraphType<Rationale>
{
    public RationaleGraphType()
    {
        Name = "Rationale";
        Description = "NIST IR 8477 rationale: why the two elements were judged related.";
        this.Describe("SYNTACTIC", "Their wording is the same or nearly so.");
        this.Describe("SEMANTIC", "Their meaning is the same, in other words.");
        this.Describe("FUNCTIONAL", "They serve the same purpose or give the same result.");
    }
}
