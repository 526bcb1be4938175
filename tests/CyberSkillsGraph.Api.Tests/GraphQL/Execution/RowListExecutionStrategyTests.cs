using System.Text.Json;
using System.Text.Json.Nodes;
using CyberSkillsGraph.Api.GraphQL.Execution;
using CyberSkillsGraph.Api.GraphQL.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.Tests.GraphQL.Execution;

public sealed class RowListExecutionStrategyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task RegionGapsRows_WhenResolvedInOnePass_ThenEachRowEqualsTheOrdinaryPathWithAliasesFragmentsAndDirectives()
    {
        // __typename is a meta field, which the one-pass plan leaves to the ordinary path: the same rows, resolved both ways.
        var data = (await _client.PostAsync("""
            query($skip: Boolean!) {
              fast: regionGaps(region: "EU") { rows { ...Row c: competence { id title } n: demand partialSupply @skip(if: $skip) } }
              slow: regionGaps(region: "EU") { rows { __typename ...Row c: competence { id title } n: demand partialSupply @skip(if: $skip) } }
            }
            fragment Row on SkillGap { competence { code } level supply gap coverageRatio accessible status }
            """, new { skip = true })).Data();

        var fast = data.GetProperty("fast").GetProperty("rows").EnumerateArray().ToList();
        var slow = data.GetProperty("slow").GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(fast);
        Assert.Equal(slow.Count, fast.Count);
        for (var i = 0; i < fast.Count; i++)
        {
            var expected = JsonNode.Parse(slow[i].GetRawText())!.AsObject();
            Assert.Equal("SkillGap", expected["__typename"]!.GetValue<string>());
            expected.Remove("__typename");
            Assert.Equal(expected.Select(p => p.Key), fast[i].EnumerateObject().Select(p => p.Name));
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(fast[i].GetRawText())), $"row {i}: {fast[i]} against {expected}");
        }
    }

    [Theory]
    [InlineData("{ items { n m name } }")]
    [InlineData("{ items { n } }")]
    [InlineData("{ items { name flag } }")]
    [InlineData("{ optional { n } }")]
    [InlineData("{ optional { name m } }")]
    [InlineData("{ optional { n same { name } } }")]
    [InlineData("{ optional { n same { n flag } } }")]
    [InlineData("{ items { id same: sameNonNull { id name } } }")]
    [InlineData("{ optional { big self: sameNonNull { kind n } } }")]
    [InlineData("{ items { ratio kind same { m same { name } } } }")]
    public async Task ExecuteAsync_WhenAnItemFieldThrowsOrIsNull_ThenTheAnswerIsByteForByteGraphQLNetsOwn(string query)
    {
        var ordinary = await OrdinaryAnswerAsync(query);

        Assert.Contains("\"errors\"", ordinary, StringComparison.Ordinal);
        await AssertOnePassAnswersAsync(ordinary, query);
    }

    [Theory]
    [InlineData("{ many { n m name flag } }")]
    [InlineData("query($skip: Boolean!) { a: many { ...F x: n @skip(if: $skip) } } fragment F on Item { name nn: n }")]
    [InlineData("{ many { id big kind ratio same { id n flag } s: sameNonNull { name } } }")]
    [InlineData("query($skip: Boolean!) { many { ... on Item { x: big @include(if: $skip) } same { ...F } } } fragment F on Item { flag kind }")]
    public async Task ExecuteAsync_WhenTheAnswerSpansManyBufferSegments_ThenItIsByteForByteGraphQLNetsOwn(string query)
    {
        var ordinary = await OrdinaryAnswerAsync(query);

        Assert.True(ordinary.Length > 4 * 64 * 1024, $"only {ordinary.Length} characters");
        Assert.DoesNotContain("\"errors\"", ordinary, StringComparison.Ordinal);
        await AssertOnePassAnswersAsync(ordinary, query);
    }

    /// <summary>
    /// The one-pass strategy with GraphQL.NET's delegate resolvers (values kept) and with <see cref="DirectFieldResolver"/>s
    /// (fields read again when written), each written by the API's converter and, through the nodes' values, by GraphQL.NET's own serializer.
    /// </summary>
    private static async Task AssertOnePassAnswersAsync(string ordinary, string query)
    {
        foreach (var schemaQuery in new IObjectGraphType[] { new ItemsQuery<ItemType>(), new ItemsQuery<DirectItemType>() })
        {
            var result = await ExecuteAsync(query, new RowListExecutionStrategy(), schemaQuery);
            Assert.Equal(ordinary, await ConverterAnswerAsync(result));
            Assert.Equal(ordinary, await GraphQLNetAnswerAsync(result));
        }
    }

    /// <summary>GraphQL.NET's parallel strategy, its delegate resolvers and its own serializer, as a stream is written.</summary>
    private static async Task<string> OrdinaryAnswerAsync(string query) =>
        await GraphQLNetAnswerAsync(await ExecuteAsync(query, new ParallelExecutionStrategy(), new ItemsQuery<ItemType>()));

    private static async Task<string> GraphQLNetAnswerAsync(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        await new GraphQLSerializer().WriteAsync(stream, result);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The API's converter, written as the endpoint writes an answer: into its bounded buffer.</summary>
    private static async Task<string> ConverterAnswerAsync(ExecutionResult result)
    {
        var serializer = new ResponseSerializer(new JsonSerializerOptions { Converters = { new ExecutionResultConverter() } }, new ErrorInfoProvider());
        using var buffer = new ResponseBuffer(16 * 1024 * 1024);
        serializer.Write(buffer, result);
        using var stream = new MemoryStream();
        await buffer.CopyToAsync(stream, CancellationToken.None);
        Assert.Equal(buffer.Length, stream.Length);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, IExecutionStrategy strategy, IObjectGraphType schemaQuery)
    {
        var executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);
        return executer.ExecuteAsync(options =>
        {
            options.Schema = new Schema { Query = schemaQuery };
            options.Query = query;
            options.Variables = new Inputs(new Dictionary<string, object?> { ["skip"] = false });
        });
    }

    private sealed record Item(int N, string? Name);

    private enum Kind { Odd, Even }

    /// <summary>
    /// Items whose second one fails: its non-null field throws, and its nullable one is null; GraphQL.NET's delegate
    /// resolvers. <c>same</c> is the item itself as a nested object; <c>big</c> is beyond the small numbers.
    /// </summary>
    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IntGraphType>>("n").Resolve(c => c.Source.N == 2 ? throw new ExecutionError("two is refused") : c.Source.N);
            Field<IntGraphType>("m").Resolve(c => c.Source.N == 2 ? null : c.Source.N * 10);
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
            Field<NonNullGraphType<BooleanGraphType>>("flag").Resolve(c => c.Source.N % 3 == 0);
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => "item-" + c.Source.N);
            Field<NonNullGraphType<LongGraphType>>("big").Resolve(c => c.Source.N * 1_000_000_007L);
            Field<NonNullGraphType<EnumerationGraphType<Kind>>>("kind").Resolve(c => c.Source.N % 2 == 0 ? Kind.Even : Kind.Odd);
            Field<FloatGraphType>("ratio").Resolve(c => c.Source.N % 4 == 0 ? null : c.Source.N / 3.0);
            Field<ItemType>("same").Resolve(c => c.Source);
            Field<NonNullGraphType<ItemType>>("sameNonNull").Resolve(c => c.Source);
        }
    }

    /// <summary>The same items and fields, read by <see cref="DirectFieldResolver"/>s.</summary>
    private sealed class DirectItemType : ObjectGraphType<Item>
    {
        public DirectItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IntGraphType>>("n").Resolve(DirectFieldResolver.Of((Item item) => item.N == 2 ? throw new ExecutionError("two is refused") : item.N));
            Field<IntGraphType>("m").Resolve(DirectFieldResolver.Of((Item item) => item.N == 2 ? null : (int?)(item.N * 10)));
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(DirectFieldResolver.Of((Item item) => item.Name));
            Field<NonNullGraphType<BooleanGraphType>>("flag").Resolve(DirectFieldResolver.Of((Item item) => item.N % 3 == 0));
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(DirectFieldResolver.Of((Item item) => "item-" + item.N));
            Field<NonNullGraphType<LongGraphType>>("big").Resolve(DirectFieldResolver.Of((Item item) => item.N * 1_000_000_007L));
            Field<NonNullGraphType<EnumerationGraphType<Kind>>>("kind").Resolve(DirectFieldResolver.Of((Item item) => item.N % 2 == 0 ? Kind.Even : Kind.Odd));
            Field<FloatGraphType>("ratio").Resolve(DirectFieldResolver.Of((Item item) => item.N % 4 == 0 ? null : (double?)(item.N / 3.0)));
            Field<DirectItemType>("same").Resolve(DirectFieldResolver.Of((Item item) => item));
            Field<NonNullGraphType<DirectItemType>>("sameNonNull").Resolve(DirectFieldResolver.Of((Item item) => item));
        }
    }

    private sealed class ItemsQuery<TItemType> : ObjectGraphType where TItemType : IObjectGraphType
    {
        private static readonly Item[] Items = [new(1, "one"), new(2, "two"), new(3, null)];
        private static readonly Item[] Many = [.. Enumerable.Range(3, 20_000).Select(n => new Item(n, "item " + n))];

        public ItemsQuery()
        {
            Field<ListGraphType<NonNullGraphType<TItemType>>>("items").Resolve(_ => Items);
            Field<ListGraphType<TItemType>>("optional").Resolve(_ => Items);
            Field<ListGraphType<NonNullGraphType<TItemType>>>("many").Resolve(_ => Many);
        }
    }
}
