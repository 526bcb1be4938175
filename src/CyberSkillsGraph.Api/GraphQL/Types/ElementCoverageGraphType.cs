using CyberSkillsGraph.Analysis.Coverage;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ElementCoverageGraphType : ObjectGraphType<ElementCoverage>
{
    public ElementCoverageGraphType()
    {
        Name = "ElementCoverage";
        Description = "A competence or role of the source framework and its best path into the target framework.";
        Field<NonNullGraphType<NodeGraphType>>("element")
            .Description("The source framework's competence or role. A row of this analysis is not an entity and has no id of its own.")
            .Resolve(c => ElementKinds.Find(c.Snapshot(), c.Source.Kind, c.Source.Id));
        Field<NonNullGraphType<ElementKindGraphType>>("kind").Description("Whether the element is a competence or a role.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CoverageClassGraphType>>("class").Description("How fully the target framework covers it: the class of the best path.").Resolve(c => c.Source.Class);
        Field<CoveragePathGraphType>("best").Description("Null when nothing in the target framework is reachable.").Resolve(c => c.Source.Best);
    }
}
