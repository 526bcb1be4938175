using System.Globalization;
using CyberSkillsGraph.Api.GraphQL.Paging;
using CyberSkillsGraph.Domain.Storage;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The audit trail as a connection, newest first, read a page at a time from the store. One write can leave
/// thousands of entries under one revision, so a cursor names a revision and how many of its entries came
/// before: the next page starts in the middle of a revision where the last one stopped.
/// </summary>
internal static class AuditTrailPages
{
    public static async Task<Page> ReadAsync(IResolveFieldContext context)
    {
        var first = Connections.RequestedSize(context, "first") ?? Connections.DefaultSize(context);
        var filter = new AuditQuery(context.GetArgument<string?>("actor"), context.GetArgument<string?>("key"));
        var (revision, seen) = context.GetArgument<string?>("after") is { } after ? Position(after) : (null, 0);
        var store = context.RequestServices!.GetRequiredService<Graph.GraphState>().Store;

        var total = await store.CountAuditAsync(filter, context.CancellationToken);
        // No cursor this trail handed out has seen more entries than it holds; a forged one must not make the store skip further.
        if (seen > total) throw new UserInputError("after", "is not a cursor of the audit trail");
        // One more than the page shows whether another page follows.
        var entries = await store.ReadAuditAsync(filter with { BeforeRevision = revision + 1, Skip = seen, Limit = first + 1 }, context.CancellationToken);

        var edges = new List<PageEdge>(Math.Min(first, entries.Count));
        var inRevision = seen;
        for (var i = 0; i < Math.Min(first, entries.Count); i++)
        {
            var entry = entries[i];
            inRevision = entry.Revision == (i == 0 ? revision ?? entry.Revision : entries[i - 1].Revision) ? inRevision + 1 : 1;
            edges.Add(new PageEdge(Cursor.Encode(string.Create(CultureInfo.InvariantCulture, $"{entry.Revision}:{inRevision}")), entry));
        }
        return Connections.PageOf(edges, total, hasPreviousPage: revision is not null, hasNextPage: entries.Count > first);
    }

    private static (long? Revision, int Seen) Position(string cursor)
    {
        var parts = Connections.Decode(cursor, "after").Split(':');
        // No revision a cursor names can be the largest: the page reads the revisions before the one after it.
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision < long.MaxValue &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seen)
            ? (revision, seen)
            : throw new UserInputError("after", "is not a cursor of the audit trail");
    }
}
