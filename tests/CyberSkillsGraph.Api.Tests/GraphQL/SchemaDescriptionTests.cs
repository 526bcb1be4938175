using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>
/// Every type, field, argument, input field and enum value of the schema has a description, so GraphiQL's docs pane and
/// generated client code explain the whole contract. The walk is generic: a new type without one fails here by name.
/// </summary>
public sealed class SchemaDescriptionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Schema_WhenWalked_ThenEveryTypeFieldArgumentAndEnumValueHasADescription()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            Check(type.Description, type.Name, missing);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}", missing);
                    foreach (var argument in field.Arguments ?? [])
                        Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name})", missing);
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                    Check(value.Description, $"{type.Name}.{value.Name}", missing);
            }
        }

        Assert.True(missing.Count == 0, "No description:\n" + string.Join("\n", missing));
    }

    private static void Check(string? description, string name, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(description)) missing.Add(name);
    }

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is StringGraphType or IntGraphType or FloatGraphType or BooleanGraphType or IdGraphType;
}
