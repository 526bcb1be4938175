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
/// An item for which anything is unusual (a resolver that throws or does not finish at once, a null where the schema
/// says non-null, a value of the wrong type) gets no values here: the strategy resolves that item the ordinary way,
/// which reports the error with its path exactly as GraphQL.NET does. A plan serves one list of one request.
/// </remarks>
internal sealed class ItemPlan
{
    private readonly ObjectExecutionNode _item;
    private readonly Field[] _fields;

    private ItemPlan(IObjectGraphType type, ObjectExecutionNode item, Field[] fields)
    {
        Type = type;
        _item = item;
        _fields = fields;
        Names = [.. fields.Select(f => f.Name)];
    }

    public IObjectGraphType Type { get; }

    /// <summary>The response names in the order the answer lists them.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names as the serializer writes them, encoded once for every item of the list (set by the first item written).</summary>
    public System.Text.Json.JsonEncodedText[]? EncodedNames { get; set; }

    /// <summary>One selected field: where its value comes from and how it completes (a scalar, or an object with a plan of its own).</summary>
    public sealed record Field(string Name, IFieldResolver Resolver, IResolveFieldContext Context, ScalarGraphType? Scalar, ItemPlan? Object, bool NonNull)
    {
        /// <summary>The resolver when it reads the value straight off the item, so that no context or task is needed.</summary>
        public DirectFieldResolver? Direct { get; } = Resolver as DirectFieldResolver;

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
    /// The completed value of each field for <paramref name="item"/> in the order of <see cref="Names"/> (a nested object
    /// is a <see cref="ResolvedObject"/>), or null when the item must be resolved the ordinary way.
    /// </summary>
    public object?[]? Resolve(object item)
    {
        if (Type.IsTypeOf is { } isTypeOf && !isTypeOf(item)) return null;
        _item.Result = item;
        var values = new object?[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
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
                    if (!pending.IsCompletedSuccessfully) return null;
                    value = pending.Result;
                }
                if (value is not null && value.GetType() != field.PlainType)
                {
                    if (value is IDataLoaderResult) return null;
                    field.PlainType = value.GetType();
                }
                if (value is not null && field.Scalar is { } scalar) value = scalar.Serialize(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
            if (value is null)
            {
                if (field.NonNull) return null;
            }
            else if (field.Object is { } nested)
            {
                if (nested.Resolve(value) is not { } resolved) return null;
                value = new ResolvedObject(nested, resolved);
            }
            values[i] = value;
        }
        return values;
    }
}
