using System.Collections.Immutable;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// What each item of one list selects, worked out once for the whole list: the fields by response name (aliases,
/// fragments and @skip/@include already applied), their resolvers and how each value completes. Resolving an item
/// then costs one resolver call and one scalar serialization per field, without an execution node per field.
/// </summary>
/// <remarks>
/// A field read by a <see cref="DirectFieldResolver"/> is only checked here and read again when the answer is written,
/// so that nothing of it is kept meanwhile: thousands of rows would otherwise keep their values (and the boxes of
/// their numbers) alive through the collections that building the answer brings on. Other fields keep their completed
/// values. An item for which anything is unusual (a resolver that throws or does not finish at once, a null where the
/// schema says non-null, a value of the wrong type) is not resolved here: the strategy resolves that item the ordinary
/// way, which reports the error with its path exactly as GraphQL.NET does. A plan serves one list of one request.
/// </remarks>
internal sealed class ItemPlan
{
    private readonly ObjectExecutionNode _item;

    private ItemPlan(IObjectGraphType type, ObjectExecutionNode item, Field[] fields)
    {
        Type = type;
        _item = item;
        Fields = [.. fields];
        StoresValues = fields.Any(f => !f.ReadWhenWritten);
    }

    public IObjectGraphType Type { get; }

    /// <summary>The selected fields by response name, in the order the answer lists them (an array: the writer indexes it for every field of every row).</summary>
    public ImmutableArray<Field> Fields { get; }

    /// <summary>Whether an item keeps values until the answer is written: false when every field is read again then.</summary>
    public bool StoresValues { get; }

    /// <summary>The names as the serializer writes them, encoded once for every item of the list (set by the first item written).</summary>
    public System.Text.Json.JsonEncodedText[]? EncodedNames { get; set; }

    /// <summary>One selected field: where its value comes from and how it completes (a scalar, or an object with a plan of its own).</summary>
    public sealed record Field(string Name, IFieldResolver Resolver, IResolveFieldContext Context, ScalarGraphType? Scalar, ItemPlan? Object, bool NonNull)
    {
        /// <summary>The resolver when it reads the value straight off the item, so that no context or task is needed.</summary>
        public DirectFieldResolver? Direct { get; } = Resolver as DirectFieldResolver;

        /// <summary>Whether the value is read off the item again when the answer is written instead of being kept: a direct read of a scalar or of an object that keeps nothing either.</summary>
        public bool ReadWhenWritten => Direct is not null && Object is not { StoresValues: true };

        /// <summary>
        /// The type of the last value found not to be a data loader's: a field's values are nearly always of one type, and
        /// asking a boxed number whether it implements an interface walks the dozens its type implements, for every row.
        /// </summary>
        public Type? PlainType { get; set; }
    }

    /// <param name="type">The type of the list's items.</param>
    /// <param name="item">A node standing for the current item: the source every field's context reads.</param>
    /// <param name="fields">The selected fields, each made into a <see cref="Field"/>, or null when one cannot be planned.</param>
    public static ItemPlan? Of(IObjectGraphType type, ObjectExecutionNode item, IEnumerable<Field?> fields)
    {
        var planned = new List<Field>();
        foreach (var field in fields)
        {
            if (field is null) return null;
            planned.Add(field);
        }
        return new ItemPlan(type, item, [.. planned]);
    }

    /// <summary>
    /// Whether every field of <paramref name="item"/> completes without error; if so, <paramref name="values"/> holds the
    /// completed value of each field that is not read again when written (in the order of <see cref="Fields"/>; a nested
    /// object is a <see cref="ResolvedObject"/>), or is null when <see cref="StoresValues"/> is false. False when the
    /// item must be resolved the ordinary way.
    /// </summary>
    public bool TryResolve(object item, out object?[]? values)
    {
        values = null;
        if (Type.IsTypeOf is { } isTypeOf && !isTypeOf(item)) return false;
        _item.Result = item;
        var stored = StoresValues ? new object?[Fields.Length] : null;
        for (var i = 0; i < Fields.Length; i++)
        {
            var field = Fields[i];
            if (field is { ReadWhenWritten: true, Scalar: { } checkedScalar })
            {
                if (!field.Direct!.Completes(item, checkedScalar, field.NonNull)) return false;
                continue;
            }
            object? value;
            try
            {
                if (field.Direct is { } direct)
                {
                    value = direct.Read(item);
                }
                else
                {
                    var pending = field.Resolver.ResolveAsync(field.Context);
                    if (!pending.IsCompletedSuccessfully) return false;
                    value = pending.Result;
                }
                if (value is not null && value.GetType() != field.PlainType)
                {
                    if (value is IDataLoaderResult) return false;
                    field.PlainType = value.GetType();
                }
                if (value is not null && field.Scalar is { } scalar)
                {
                    // A scalar that serializes a value to null is an error on the ordinary path, even where null is allowed.
                    value = scalar.Serialize(value);
                    if (value is null) return false;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
            if (value is null)
            {
                if (field.NonNull) return false;
            }
            else if (field.Object is { } nested)
            {
                if (!nested.TryResolve(value, out var nestedValues)) return false;
                if (field.ReadWhenWritten) continue;
                value = new ResolvedObject(nested, value, nestedValues);
            }
            if (stored is not null) stored[i] = value;
        }
        values = stored;
        return true;
    }
}
