using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// A resolver that reads its value straight off the source object, with nothing else of the request. The ordinary
/// executor calls it as any resolver; <see cref="RowListExecutionStrategy"/> calls it on each item of a long list
/// instead, without a resolve context, a task or the shared-context bookkeeping of a delegate resolver.
/// </summary>
/// <remarks>
/// The contract: the source is immutable and the read has no side effects, so reading twice gives the same value. A
/// list resolved in one pass relies on it: an item is read once to check that it completes without error, and again
/// when the answer is written, so that nothing of it is kept in between.
/// </remarks>
internal abstract class DirectFieldResolver : IFieldResolver
{
    /// <summary>The field's value for <paramref name="source"/>, the object whose field it is.</summary>
    public abstract object? Read(object source);

    /// <summary>
    /// Whether the field's value for <paramref name="source"/> completes as a <paramref name="scalar"/> without error: it
    /// is read without throwing, it is present when <paramref name="nonNull"/>, it is no data loader's result, and the
    /// scalar serializes it.
    /// </summary>
    public abstract bool Completes(object source, ScalarGraphType scalar, bool nonNull);

    /// <summary>
    /// Writes the field's value for <paramref name="source"/> when <paramref name="scalar"/> serializes it to itself (an
    /// Int, Long, Boolean, String or ID of that type), without boxing it; false, with nothing written, for any other value.
    /// </summary>
    public abstract bool TryWrite(Utf8JsonWriter writer, object source, ScalarGraphType scalar);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(Read(context.Source!));

    /// <summary>A resolver that reads <paramref name="read"/> of a <typeparamref name="TSource"/>.</summary>
    public static DirectFieldResolver Of<TSource, TValue>(Func<TSource, TValue> read) => new Typed<TSource, TValue>(read);

    // The type tests fold away when a resolver is compiled for its value type, and so do the boxes of (object) casts
    // between them, so that numbers and flags are written without ever being boxed.
    private sealed class Typed<TSource, TValue>(Func<TSource, TValue> read) : DirectFieldResolver
    {
        public override object? Read(object source) => read((TSource)source);

        public override bool Completes(object source, ScalarGraphType scalar, bool nonNull)
        {
            try
            {
                var value = read((TSource)source);
                if (value is null) return !nonNull;
                if (value is IDataLoaderResult) return false;
                return SerializesToItself(scalar) || scalar.Serialize(value) is not null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        }

        public override bool TryWrite(Utf8JsonWriter writer, object source, ScalarGraphType scalar)
        {
            if (!SerializesToItself(scalar)) return false;
            var value = read((TSource)source);
            if (typeof(TValue) == typeof(int)) writer.WriteNumberValue((int)(object)value!);
            else if (typeof(TValue) == typeof(long)) writer.WriteNumberValue((long)(object)value!);
            else if (typeof(TValue) == typeof(bool)) writer.WriteBooleanValue((bool)(object)value!);
            else if (value is string text) writer.WriteStringValue(text);
            else writer.WriteNullValue();
            return true;
        }

        /// <summary>Whether <paramref name="scalar"/> is a built-in one (not a replacement of it) that gives a value of this type back as it is.</summary>
        private static bool SerializesToItself(ScalarGraphType scalar)
        {
            var type = scalar.GetType();
            if (typeof(TValue) == typeof(int)) return type == typeof(IntGraphType);
            if (typeof(TValue) == typeof(long)) return type == typeof(LongGraphType);
            if (typeof(TValue) == typeof(bool)) return type == typeof(BooleanGraphType);
            if (typeof(TValue) == typeof(string)) return type == typeof(StringGraphType) || type == typeof(IdGraphType);
            return false;
        }
    }
}
