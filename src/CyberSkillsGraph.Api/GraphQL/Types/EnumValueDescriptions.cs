using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>Describes the values of an enum type built from a C# enum, which carry no description of their own.</summary>
internal static class EnumValueDescriptions
{
    public static void Describe(this EnumerationGraphType type, string value, string description) =>
        (type.Values.FindByName(value) ?? throw new InvalidOperationException($"{type.Name} has no value {value}")).Description = description;
}
