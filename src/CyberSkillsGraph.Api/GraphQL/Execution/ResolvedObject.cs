namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>An object of a list resolved through an <see cref="ItemPlan"/>: its completed values in the order of the plan's names (a nested object is another <see cref="ResolvedObject"/>).</summary>
internal sealed record ResolvedObject(ItemPlan Plan, object?[] Values)
{
    /// <summary>The object as GraphQL.NET's own nodes give it, for anything that reads the result tree rather than serializing it.</summary>
    public Dictionary<string, object?> ToDictionary()
    {
        var fields = new Dictionary<string, object?>(Values.Length);
        for (var i = 0; i < Values.Length; i++) fields[Plan.Names[i]] = Values[i] is ResolvedObject nested ? nested.ToDictionary() : Values[i];
        return fields;
    }
}
