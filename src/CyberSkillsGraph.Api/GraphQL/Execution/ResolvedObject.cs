namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// An object of a list resolved through an <see cref="ItemPlan"/>: the object itself, whose directly read fields are read
/// again when written, and the completed values of the others in the order of the plan's fields (null when the plan keeps
/// none; a nested object is another <see cref="ResolvedObject"/>).
/// </summary>
internal sealed record ResolvedObject(ItemPlan Plan, object Source, object?[]? Values)
{
    /// <summary>The object as GraphQL.NET's own nodes give it, for anything that reads the result tree rather than serializing it.</summary>
    public Dictionary<string, object?> ToDictionary()
    {
        var fields = new Dictionary<string, object?>(Plan.Fields.Length);
        for (var i = 0; i < Plan.Fields.Length; i++) fields[Plan.Fields[i].Name] = ValueOf(Plan.Fields[i], i);
        return fields;
    }

    private object? ValueOf(ItemPlan.Field field, int index)
    {
        if (!field.ReadWhenWritten) return Values![index] is ResolvedObject stored ? stored.ToDictionary() : Values[index];
        var value = field.Direct!.Read(Source);
        if (value is null) return null;
        return field.Object is { } nested ? new ResolvedObject(nested, value, null).ToDictionary() : field.Scalar!.Serialize(value);
    }
}
