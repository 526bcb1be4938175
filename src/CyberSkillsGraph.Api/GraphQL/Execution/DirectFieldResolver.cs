using GraphQL;
using GraphQL.Resolvers;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// A resolver that reads its value straight off the source object, with nothing else of the request. The ordinary
/// executor calls it as any resolver; <see cref="RowListExecutionStrategy"/> calls <see cref="Read"/> on each item of a
/// long list instead, without a resolve context, a task or the shared-context bookkeeping of a delegate resolver.
/// </summary>
internal abstract class DirectFieldResolver : IFieldResolver
{
    /// <summary>The field's value for <paramref name="source"/>, the object whose field it is.</summary>
    public abstract object? Read(object source);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(Read(context.Source!));

    /// <summary>A resolver that reads <paramref name="read"/> of a <typeparamref name="TSource"/>.</summary>
    public static DirectFieldResolver Of<TSource, TValue>(Func<TSource, TValue> read) => new Typed<TSource, TValue>(read);

    private sealed class Typed<TSource, TValue>(Func<TSource, TValue> read) : DirectFieldResolver
    {
        // Flags and small numbers (levels, zero gaps) are boxed once for all rows rather than once per row: the values
        // live until the answer is written, so each box saved is one object less for the collector to promote. The type
        // tests fold away when the resolver is compiled for its value type.
        public override object? Read(object source)
        {
            var value = read((TSource)source);
            if (typeof(TValue) == typeof(bool)) return (bool)(object)value! ? Boxes.True : Boxes.False;
            if (typeof(TValue) == typeof(int) && (uint)(int)(object)value! < Boxes.Small) return Boxes.Ints[(int)(object)value!];
            if (typeof(TValue) == typeof(long) && (ulong)(long)(object)value! < Boxes.Small) return Boxes.Longs[(long)(object)value!];
            return value;
        }
    }

    private static class Boxes
    {
        public const int Small = 256;
        public static readonly object True = true;
        public static readonly object False = false;
        public static readonly object[] Ints = [.. Enumerable.Range(0, Small).Select(i => (object)i)];
        public static readonly object[] Longs = [.. Enumerable.Range(0, Small).Select(i => (object)(long)i)];
    }
}
