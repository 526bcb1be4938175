using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, which can also write an answer straight into a buffer: the same bytes as
/// <see cref="GraphQLSerializer.WriteAsync{T}"/>, without the serializer's own growing buffer in between, and stopped
/// by the buffer the moment it passes its limit rather than after the whole answer was built.
/// </summary>
internal sealed class ResponseSerializer : GraphQLSerializer
{
    private readonly JsonWriterOptions _writerOptions;

    /// <summary>The constructor the container uses: the options configured for the GraphQL serializer, and the error info provider.</summary>
    public ResponseSerializer(JsonSerializerOptions serializerOptions, IErrorInfoProvider errorInfoProvider)
        : base(serializerOptions, errorInfoProvider)
    {
        // What System.Text.Json gives its own writer when it serializes to a stream with these options.
        _writerOptions = new JsonWriterOptions
        {
            Encoder = SerializerOptions.Encoder,
            Indented = SerializerOptions.WriteIndented,
            IndentCharacter = SerializerOptions.IndentCharacter,
            IndentSize = SerializerOptions.IndentSize,
            NewLine = SerializerOptions.NewLine,
            MaxDepth = SerializerOptions.MaxDepth == 0 ? 64 : SerializerOptions.MaxDepth,
            SkipValidation = true,
        };
    }

    /// <summary>Writes <paramref name="result"/> as JSON to <paramref name="output"/>.</summary>
    public void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, _writerOptions);
        JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
