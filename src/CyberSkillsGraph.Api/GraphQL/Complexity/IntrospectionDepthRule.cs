using GraphQL.Validation;
using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>
/// Refuses introspection that nests the schema's type lists three deep (<c>__schema { types { fields { type { fields {
/// type { fields … </c>): each level multiplies the answer by the size of the schema, so a small document would walk
/// it millions of times. The same rule as graphql-js's <c>MaxIntrospectionDepthRule</c>: <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> may nest at most twice below <c>__schema</c> or
/// <c>__type</c>, fragments included. The standard introspection queries (GraphiQL, graphql-codegen, Apollo) nest them once.
/// </summary>
public sealed class IntrospectionDepthRule : ValidationRuleBase
{
    public const int MaxListDepth = 3;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // Built on the first introspection field only: most documents have none, and this runs for every request.
        Walk? walk = null;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name.StringValue is not ("__schema" or "__type")) return;
            walk ??= new Walk(FragmentsOf(validation.Document));
            if (!walk.TooDeep(field.SelectionSet, 0)) return;
            validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.QueryTooLarge,
                $"Maximum introspection depth exceeded: 'fields', 'interfaces', 'possibleTypes' and 'inputFields' nest at most {MaxListDepth - 1} deep under '{field.Name.StringValue}'.",
                field) { Code = ErrorCodes.QueryTooLarge });
        }));
    }

    private static Dictionary<string, GraphQLFragmentDefinition> FragmentsOf(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        return fragments;
    }

    private sealed class Walk(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        /// <summary>What each fragment gives at each starting depth: spreads repeated across branches are walked once, not once per path.</summary>
        private readonly Dictionary<(string Fragment, int Depth), bool> _known = [];

        public bool TooDeep(GraphQLSelectionSet? selectionSet, int depth)
        {
            if (selectionSet is null) return false;
            foreach (var selection in selectionSet.Selections)
            {
                var tooDeep = selection switch
                {
                    GraphQLField field => Field(field, depth),
                    GraphQLInlineFragment inline => TooDeep(inline.SelectionSet, depth),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, depth),
                    _ => false,
                };
                if (tooDeep) return true;
            }
            return false;
        }

        private bool Field(GraphQLField field, int depth)
        {
            if (field.Name.StringValue is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListDepth) return true;
            return TooDeep(field.SelectionSet, depth);
        }

        private bool Spread(string name, int depth)
        {
            if (_known.TryGetValue((name, depth), out var known)) return known;
            // Marked first, so a cycle of spreads (a validation error of its own) ends here instead of recursing forever.
            _known[(name, depth)] = false;
            var tooDeep = fragments.TryGetValue(name, out var fragment) && TooDeep(fragment.SelectionSet, depth);
            _known[(name, depth)] = tooDeep;
            return tooDeep;
        }
    }
}
