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
        private static readonly object True = true;
        private static readonly object False = false;

        // A flag is boxed once for all rows, not once per row (the test folds away for every other type).
        public override object? Read(object source) =>
            typeof(TValue) == typeof(bool) ? ((bool)(object)read((TSource)source)! ? True : False) : read((TSource)source);
    }
}
