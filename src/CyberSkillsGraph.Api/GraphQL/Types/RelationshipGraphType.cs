using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RelationshipGraphType : EnumerationGraphType<Relationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "NIST IR 8477 set-theory relationship, read from source to target.";
        this.Describe("EQUAL", "Source and target are the same concept.");
        this.Describe("SUBSET_OF", "Source is part of target.");
        this.Describe("SUPERSET_OF", "Source contains target.");
        this.Describe("INTERSECTS_WITH", "Source and target overlap; each has something the other lacks.");
        this.Describe("NOT_RELATED", "Source and target were compared and found unrelated.");
    }
}
