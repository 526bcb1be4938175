using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The parts of the October 2021 introspection that GraphQL.NET 8 lacks: <c>__Type.specifiedByURL</c> and
/// <c>__Directive.args(includeDeprecated:)</c>. graphql-js asks for them when a tool requests scalar specifications or
/// input value deprecation, and the query would otherwise be refused. Custom scalars carry their specification's
/// address and a description.
/// </summary>
internal sealed class IntrospectionCompletion : BaseSchemaNodeVisitor
{
    private const string Key = "specifiedByURL";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type is __Directive && type.GetField("args") is { } args)
        {
            // __Directive.args(includeDeprecated:) is asked for with input value deprecation; no directive argument here is deprecated.
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
            {
                Name = "includeDeprecated",
                ResolvedType = schema.AllTypes["Boolean"],
                DefaultValue = false,
            });
        }
        if (type is not __Type) return;
        type.AddField(new FieldType
        {
            Name = Key,
            Description = "The address of the specification of a custom scalar (null for other types).",
            // Visitors run after types are resolved, so the field names the schema's own String type.
            ResolvedType = schema.AllTypes["String"],
            Resolver = new FuncFieldResolver<object?>(c => c.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(Key) : null),
        });
    }

    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        switch (type.Name)
        {
            case "Long":
                type.Description = "A 64-bit signed integer, for sums that can pass the 32-bit range of Int.";
                type.Metadata[Key] = "https://the-guild.dev/graphql/scalars/docs/scalars/long";
                break;
            case "DateTimeOffset":
                type.Description = "A date and time with its offset from UTC, as an RFC 3339 string (2026-11-29T22:05:00+00:00).";
                type.Metadata[Key] = "https://datatracker.ietf.org/doc/html/rfc3339";
                break;
        }
    }
}
