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
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => ElementKinds.Name(c.Source.Kind));
        Field<NonNullGraphType<CoverageClassGraphType>>("class").Resolve(c => c.Source.Class);
        Field(e => e.Hops);
        Field(e => e.MinStrength, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("path").Resolve(c => c.Source.Path);
        Field(e => e.UsesProposed).Description("True when the path follows a proposed mapping; only a preview with includeProposed can return true.");
    }
}
