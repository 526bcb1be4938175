using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class EquivalenceGraphType : ObjectGraphType<Equivalence>
{
    public EquivalenceGraphType()
    {
        Name = "Equivalence";
        Description = "An element reachable through approved mappings, with its best path.";
        Field<NonNullGraphType<NodeGraphType>>("element")
            .Description("The element reached. A row of this analysis is not an entity and has no id of its own.")
            .Resolve(c => ElementKinds.Find(c.Snapshot(), c.Source.Kind, c.Source.Id));
        Field<NonNullGraphType<ElementKindGraphType>>("kind").Description("Whether the element reached is a competence, a role or a standard.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CoverageClassGraphType>>("class").Description("How fully the element reached covers the one started from.").Resolve(c => c.Source.Class);
        Field(e => e.Hops).Description("How many mappings the path follows.");
        Field(e => e.MinStrength, nullable: true).Description("The weakest mapping strength on the path; null for zero hops.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("path").Description("Element ids from the one started from to the one reached.").Resolve(c => c.Source.Path);
        Field(e => e.UsesProposed).Description("True when the path follows a proposed mapping; only a preview with includeProposed can return true.");
    }
}
