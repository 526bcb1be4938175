using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Which operation of a document runs, chosen the way the executor chooses it, and how many mutations it holds.</summary>
internal static class OperationSelection
{
    /// <summary>
    /// The number of mutation fields the chosen operation runs (0 for a query, or when no operation can be chosen, which
    /// the executor refuses). Fields reached through fragment spreads and inline fragments count too, each time they are spread.
    /// </summary>
    public static int MutationFieldCount(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (chosen?.Operation != OperationType.Mutation) return 0;
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        return (int)Math.Min(new FieldCounter(fragments).Count(chosen.SelectionSet), int.MaxValue);
    }

    /// <summary>Counts top-level fields; each fragment is counted once and remembered, so nested spreads cost linear time.</summary>
    private sealed class FieldCounter(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, long> _counted = new(StringComparer.Ordinal);

        public long Count(GraphQLSelectionSet selectionSet)
        {
            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count += selection switch
                {
                    GraphQLField => 1,
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                count = Math.Min(count, int.MaxValue);
            }
            return count;
        }

        private long CountFragment(string name)
        {
            if (_counted.TryGetValue(name, out var known)) return known;
            // Marked before it is counted: a cycle of spreads (refused by validation) counts nothing here instead of looping.
            _counted[name] = 0;
            return _counted[name] = fragments.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet) : 0;
        }
    }
}
