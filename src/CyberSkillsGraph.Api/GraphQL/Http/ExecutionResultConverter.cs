using System.Text.Json;
using System.Text.Json.Serialization;
using CyberSkillsGraph.Api.GraphQL.Execution;
using GraphQL;
using GraphQL.Execution;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Writes an execution result as GraphQL.NET's own converter does (errors, data, extensions), but writes the common
/// scalar values straight to the writer instead of through a serializer call per value, and writes the rows that
/// <see cref="RowListExecutionStrategy"/> resolved in one pass. A large answer is mostly such values.
/// </summary>
internal sealed class ExecutionResultConverter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are only written.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case ResolvedItemNode resolved:
                WriteObject(writer, resolved.Plan, resolved.Result!, resolved.Values, options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode obj:
                writer.WriteStartObject();
                foreach (var child in obj.SubFields)
                {
                    writer.WritePropertyName(PropertyName(child.Name!, options));
                    WriteNode(writer, child, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            default:
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>An object resolved in one pass: its kept values as they are, its directly read fields read off it again.</summary>
    private static void WriteObject(Utf8JsonWriter writer, ItemPlan plan, object source, object?[]? values, JsonSerializerOptions options)
    {
        var names = plan.EncodedNames ??= [.. plan.Fields.Select(field => JsonEncodedText.Encode(PropertyName(field.Name, options), options.Encoder))];
        writer.WriteStartObject();
        for (var i = 0; i < names.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            var field = plan.Fields[i];
            if (!field.ReadWhenWritten)
            {
                if (values![i] is ResolvedObject nested) WriteObject(writer, nested.Plan, nested.Source, nested.Values, options);
                else WriteValue(writer, values[i], options);
            }
            else if (field.Scalar is { } scalar)
            {
                if (!field.Direct!.TryWrite(writer, source, scalar)) WriteValue(writer, field.Direct.Read(source) is { } value ? scalar.Serialize(value) : null, options);
            }
            else if (field.Direct!.Read(source) is { } value)
            {
                WriteObject(writer, field.Object!, value, null, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
        writer.WriteEndObject();
    }

    private static string PropertyName(string name, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name;

    /// <summary>The values scalars serialize to, written directly; anything else goes through the serializer as before.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
