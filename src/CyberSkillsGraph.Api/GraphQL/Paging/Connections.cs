using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>
/// Declares connection fields and slices their lists (the Relay Cursor Connections specification): first/after pages
/// forward, last/before backward. Every connection goes through here, so every one has the same arguments, limits and errors.
/// </summary>
public static class Connections
{
    private const string SizesKey = "cyberskills:pageSizes";
    private const string BoundKey = "cyberskills:listBound";

    /// <summary>
    /// A connection field <paramref name="name"/> of <paramref name="owner"/> with first and after, and last and before
    /// unless <paramref name="backward"/> is false (for a list read forward only, from the store).
    /// Its query cost is its page size, bounded by <c>ListSizeBounds</c> under the key "Owner.name".
    /// </summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType>(this ObjectGraphType<TSource> owner, string name, PageSizes sizes, bool backward = true)
        where TNodeType : IGraphType, new()
    {
        var field = owner.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Argument<IntGraphType>("first", backward
                ? $"Return the first this many items (after the after cursor, if given): 0..{sizes.Max}; {sizes.Default} when neither first nor last is given."
                : $"Return the first this many items (after the after cursor, if given): 0..{sizes.Max}; {sizes.Default} when not given.")
            .Argument<StringGraphType>("after", "Start after the item with this cursor (an endCursor or edge cursor of this list).");
        if (backward)
        {
            field
                .Argument<IntGraphType>("last", $"Return the last this many items (before the before cursor, if given): 0..{sizes.Max}. Not together with first.")
                .Argument<StringGraphType>("before", "End before the item with this cursor (a startCursor or edge cursor of this list).");
        }
        return field.WithMetadata(SizesKey, sizes).WithMetadata(BoundKey, owner.Name + "." + name);
    }

    /// <summary>The page the field's arguments ask for.</summary>
    /// <param name="context">The connection field being resolved; its first, after, last and before arguments.</param>
    /// <param name="items">The whole list, in the list's order.</param>
    /// <param name="key">A key unique in the list, which the cursors hold.</param>
    /// <param name="orderedByKey">
    /// True when <paramref name="items"/> is in ordinal order of <paramref name="key"/>: a cursor then still works after its
    /// item left the list (paging goes on from where it was), as it does for programmes that retire between two pages.
    /// </param>
    public static Page Slice<T>(IResolveFieldContext context, IReadOnlyList<T> items, Func<T, string> key, bool orderedByKey = false) where T : notnull
    {
        var sizes = SizesOf(context.FieldDefinition);
        var first = RequestedSize(context, "first");
        var last = RequestedSize(context, "last");
        if (first is not null && last is not null) throw new UserInputError("last", "first and last cannot be given together; page with one of them");

        var start = 0;
        var end = items.Count;
        if (context.GetArgument<string?>("after") is { } after)
            start = orderedByKey ? CountUpTo(items, key, Decode(after, "after"), inclusive: true) : PositionOf(items, key, after, "after") + 1;
        if (context.GetArgument<string?>("before") is { } before)
            end = Math.Max(start, orderedByKey ? CountUpTo(items, key, Decode(before, "before"), inclusive: false) : PositionOf(items, key, before, "before"));
        if (last is { } l) start = Math.Max(start, end - l);
        else end = Math.Min(end, start + (first ?? sizes.Default));

        var edges = new List<PageEdge>(end - start);
        for (var i = start; i < end; i++) edges.Add(new PageEdge(Cursor.Encode(key(items[i])), items[i]));
        return PageOf(edges, items.Count, hasPreviousPage: start > 0, hasNextPage: end < items.Count);
    }

    /// <summary>A page of <paramref name="edges"/> out of <paramref name="totalCount"/> items.</summary>
    public static Page PageOf(IReadOnlyList<PageEdge> edges, int totalCount, bool hasPreviousPage, bool hasNextPage) =>
        new(edges, totalCount, new PageInfo
        {
            HasPreviousPage = hasPreviousPage,
            HasNextPage = hasNextPage,
            StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
        });

    /// <summary>The page size <paramref name="argument"/> (first or last) asks for, checked against the field's maximum; null when not given.</summary>
    public static int? RequestedSize(IResolveFieldContext context, string argument)
    {
        var sizes = SizesOf(context.FieldDefinition);
        var size = context.GetArgument<int?>(argument);
        if (size is < 0 || size > sizes.Max) throw new UserInputError(argument, $"{size} is outside 0..{sizes.Max}, the largest page this list returns");
        return size;
    }

    /// <summary>The page size the field returns when neither first nor last is given.</summary>
    public static int DefaultSize(IResolveFieldContext context) => SizesOf(context.FieldDefinition).Default;

    /// <summary>
    /// How many items the query cost counts for one page of <paramref name="connection"/>: the page size asked for
    /// (or the default), no more than <paramref name="bound"/> gives for the list's real size.
    /// </summary>
    internal static int ChargedPageSize(FieldType connection, Func<string, int?> bound, int? first, int? last)
    {
        var sizes = SizesOf(connection);
        var asked = Math.Clamp(first ?? last ?? sizes.Default, 0, sizes.Max);
        return connection.GetMetadata<string>(BoundKey) is { } key && bound(key) is { } real ? Math.Min(asked, real) : asked;
    }

    private static PageSizes SizesOf(FieldType field) =>
        field.GetMetadata<PageSizes>(SizesKey) ?? throw new InvalidOperationException($"{field.Name} is not declared with Connections.Connection");

    /// <summary>The key a cursor holds; BAD_USER_INPUT naming <paramref name="argument"/> when it is not a cursor.</summary>
    public static string Decode(string cursor, string argument) =>
        Cursor.TryDecode(cursor, out var key) ? key : throw new UserInputError(argument, "is not a cursor returned by this API");

    private static int PositionOf<T>(IReadOnlyList<T> items, Func<T, string> key, string cursor, string argument)
    {
        var wanted = Decode(cursor, argument);
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(key(items[i]), wanted, StringComparison.Ordinal)) return i;
        }
        throw new UserInputError(argument, "is not the cursor of an item of this list (the item may have left it since; start again from the first page)");
    }

    /// <summary>How many items of a key-ordered list sort before <paramref name="wanted"/> (or equal it, when inclusive).</summary>
    private static int CountUpTo<T>(IReadOnlyList<T> items, Func<T, string> key, string wanted, bool inclusive)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            var order = string.CompareOrdinal(key(items[mid]), wanted);
            if (order < 0 || (inclusive && order == 0)) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
