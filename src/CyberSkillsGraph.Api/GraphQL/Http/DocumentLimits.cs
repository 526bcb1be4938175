using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Size checks that run before a document is parsed or validated, in time linear in its length. Validation
/// itself is not linear: checking that fields with one response name can be merged compares every pair of
/// them, so a few kilobytes of <c>a:role(id:"1"){id} a:role(id:"2"){id} …</c> would cost seconds of CPU and
/// megabytes of errors. These limits keep every pair count small.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>The number of lexical tokens in <paramref name="text"/>, counting no further than <paramref name="stopAfter"/> + 1.</summary>
    public static int CountTokens(string text, int stopAfter)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= stopAfter)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF) break;
                count++;
                position = token.End;
            }
        }
        catch (Exception e) when (e is GraphQLSyntaxErrorException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // A syntax error (or the lexer failing to describe one, GraphQL-Parser 9.5) is reported by the parser; the count so far is enough here.
        }
        return count;
    }

    /// <summary>Why the document is too large to validate, or null when it is within the limits.</summary>
    public static string? Check(GraphQLDocument document, int maxFields, int maxFieldsPerResponseName)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);

        var walk = new Walk(fragments, maxFieldsPerResponseName);
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null) walk.Visit(selectionSet);
            if (walk.Fields > maxFields)
                return $"The document selects more than {maxFields} fields; split it into smaller requests.";
            if (walk.RepeatedName is { } name)
                return $"More than {maxFieldsPerResponseName} fields in one selection set are named '{name}'; give them distinct aliases or ask once.";
        }
        return null;
    }

    private sealed class Walk(Dictionary<string, GraphQLFragmentDefinition> fragments, int maxPerName)
    {
        /// <summary>Response-name counts at the top level of each fragment, its own spreads included; computed once per fragment.</summary>
        private readonly Dictionary<string, Dictionary<string, int>> _fragmentNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

        public int Fields { get; private set; }

        public string? RepeatedName { get; private set; }

        /// <summary>Counts the fields written in <paramref name="selectionSet"/> and below, and checks every selection set's names.</summary>
        public void Visit(GraphQLSelectionSet selectionSet)
        {
            if (RepeatedName is not null) return;
            AddNames(selectionSet, new Dictionary<string, int>(StringComparer.Ordinal));
            VisitFields(selectionSet);
        }

        /// <summary>
        /// Counts the fields of this level and visits their sub-selections. An inline fragment's fields belong to the
        /// enclosing selection set, whose names are already checked, so its fields are walked without a check of their own.
        /// </summary>
        private void VisitFields(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        if (field.SelectionSet is { } below) Visit(below);
                        break;
                    case GraphQLInlineFragment inline:
                        VisitFields(inline.SelectionSet);
                        break;
                }
            }
        }

        /// <summary>Adds the response names selected at this level (through spreads and inline fragments too) to <paramref name="names"/>.</summary>
        private void AddNames(GraphQLSelectionSet selectionSet, Dictionary<string, int> names)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (RepeatedName is not null) return;
                switch (selection)
                {
                    case GraphQLField field:
                        Add(names, (field.Alias?.Name ?? field.Name).StringValue, 1);
                        break;
                    case GraphQLInlineFragment inline:
                        AddNames(inline.SelectionSet, names);
                        break;
                    case GraphQLFragmentSpread spread:
                        foreach (var (name, count) in NamesOf(spread.FragmentName.Name.StringValue))
                            Add(names, name, count);
                        break;
                }
            }
        }

        private Dictionary<string, int> NamesOf(string fragmentName)
        {
            if (_fragmentNames.TryGetValue(fragmentName, out var known)) return known;
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            // An unknown fragment or a cycle of spreads is a validation error reported later; it adds no names here.
            if (fragments.TryGetValue(fragmentName, out var fragment) && _expanding.Add(fragmentName))
            {
                AddNames(fragment.SelectionSet, names);
                _expanding.Remove(fragmentName);
            }
            _fragmentNames[fragmentName] = names;
            return names;
        }

        private void Add(Dictionary<string, int> names, string name, int count)
        {
            var total = (int)Math.Min(int.MaxValue, (long)names.GetValueOrDefault(name) + count);
            names[name] = total;
            if (total > maxPerName) RepeatedName = name;
        }
    }
}
