using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Hardening;

/// <summary>One fuzzed HTTP request: the method, the URL query or the raw body, the headers to send, and the document if it has one.</summary>
internal sealed record FuzzRequest(string Kind, HttpMethod Method, string Url, byte[]? Body, string? ContentType, string? Accept, bool WithToken, string? Query = null)
{
    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
        return $"[{Kind}] {Method} {(Url.Length > 300 ? Url[..300] + "…" : Url)} content-type={ContentType} accept={Accept} token={WithToken} body={body}";
    }
}

/// <summary>
/// Deterministic random GraphQL requests: the README tour's documents mutated token by token, random
/// text, deep nesting, huge numbers, variables of the wrong type, broken JSON bodies, GET and POST.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>Valid documents from the README tour and the write examples.</summary>
    public static readonly string[] Tour =
    [
        """{ role(id: "ECSF:CISO") { title requires { competence { code } level } } }""",
        """{ regionGaps(region: "JP") { year totals { openings missing shortage covered } rows { competence { code } level demand supply gap accessible status } } }""",
        """{ regionGaps(region: "DE") { rows { competence { code } level demand supply accessible status suppliers { programme { id seatsPerYear regions { code } } countsAsSupply path { class path } } } } }""",
        """{ learningPath(role: "ECSF:PENTESTER", region: "JP") { steps { programme { id hours } covers { competence { code } level } } uncovered { competence { code } level } totalHours } }""",
        """{ equivalents(id: "ISO/IEC 15408-1:2009") { nodes { element { id } class hops path } } }""",
        """{ frameworkCoverage(source: "ECSF", target: "NICE") { maxHops shares { kind total equal full partial none equalShare } elements { element { id } kind class } } }""",
        """{ trainingProgrammes(region: "JP", search: "incident", first: 2) { totalCount edges { cursor node { id title seatsPerYear } } pageInfo { hasNextPage endCursor } } }""",
        """query Q($id: ID!, $hops: Int) { equivalents(id: $id, maxHops: $hops) { nodes { element { id } hops } } revision }""",
        """query P($r: ID, $n: Int, $after: String) { trainingProgrammes(region: $r, first: $n, after: $after) { totalCount edges { node { id } } } }""",
        """mutation M($i: DemandInput!) { setDemand(input: $i) { demandEntry { openings region { code } role { id } } userErrors { field code message } } }""",
        """mutation { setDemand(input: { region: "MT", role: "ECSF:CISO", year: 2031, openings: 7, source: "fuzz" }) { demandEntry { openings } } }""",
        """query A { revision } query B { regions { nodes { code parent { code } children { nodes { code } } } } } mutation C { retireTrainingProgramme(input: { id: "nope" }) { trainingProgramme { retired } userErrors { field code message } } }""",
        """fragment R on Role { id title } { role(id: "ECSF:AUDITOR") { ...R requires { level } } competence(id: "ECF:E.9") { requiredBy { nodes { role { ...R } } } } }""",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "=", "@", "|", "&", "...", ",", "query", "mutation", "subscription", "fragment", "on",
        "__typename", "__schema { types { name fields { name } } }", "@include(if: true)", "@skip(if: $x)", "@nosuch", "null", "true",
        "-0", "1e999", "99999999999999999999999999", "-2147483649", "0x1F", "\"\"", "\"\\u0000\"", "\"\"\"block\"\"\"", "\"\\uD800\"",
        "#comment\n", "\u0000", "\u200B", "𝔊𝔯𝔞𝔭𝔥", "日本", "regionGaps", "role", "id", "title", "rows", "edges", "node", "first", "after",
        "maxHops", "$id", "$i", "revision", "regions", "...on Query { revision }", "\"ECSF:CISO\"", "\"JP\"",
    ];

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/graphql-response+json", "application/graphql-response+json",
        "application/json", "application/json", "*/*", "application/*", "application/json;q=0.5, application/graphql-response+json",
        "application/xml, */*;q=0.1",
    ];

    /// <summary>Accept headers the server must refuse with 406.</summary>
    private static readonly string[] Unacceptable = ["text/html", "application/json;q=0", "image/png, text/*"];

    /// <summary>Fixed cases for the failures the random ones found, so that every run sends them.</summary>
    public static readonly FuzzRequest[] Regressions =
    [
        new("regression", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes("{\"query\":\"\\r{\"}"), "application/json", "application/graphql-response+json", false, "\r{"),
        new("regression", HttpMethod.Get, "/graphql?query=%7B%20a%20%0D%20%3F", null, null, "application/json", false, "{ a \r ?"),
        new("regression", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(new string('k', 3000) + "=1"), "application/x-www-form-urlencoded", null, false),
        new("regression", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(string.Join('&', Enumerable.Repeat("a=1", 1100))), "application/x-www-form-urlencoded", null, false),
    ];

    /// <summary>The regression cases, then random ones up to <paramref name="count"/>.</summary>
    public static List<FuzzRequest> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var cases = new List<FuzzRequest>(count);
        cases.AddRange(Regressions);
        while (cases.Count < count) cases.Add(Next(random));
        return cases;
    }

    private static FuzzRequest Next(Random r)
    {
        var accept = r.Next(8) == 0 ? null : r.Next(25) == 0 ? Unacceptable[r.Next(Unacceptable.Length)] : Accepts[r.Next(Accepts.Length)];
        var token = r.Next(10) == 0;
        var roll = r.Next(100);
        return roll switch
        {
            < 35 => Document("mutated", Mutate(r, Tour[r.Next(Tour.Length)]), RandomVariables(r), r, accept, token),
            < 42 => Document("unicode", RandomText(r, r.Next(0, 200)), null, r, accept, token),
            < 52 => Document("deep", Deep(r), r.Next(3) == 0 ? DeepJson(r.Next(10, 200)) : null, r, accept, token),
            < 60 => Document("numbers", HugeNumbers(r), null, r, accept, token),
            < 72 => Document("variables", Tour[7 + r.Next(3)], RandomVariables(r) ?? "null", r, accept, token),
            < 84 => InvalidBody(r, accept, token),
            < 94 => Get("get", Mutate(r, Tour[r.Next(Tour.Length)]), r, accept, token),
            _ => Document("tour", Tour[r.Next(Tour.Length)], RandomVariables(r), r, accept, token || r.Next(2) == 0),
        };
    }

    private static FuzzRequest Document(string kind, string query, string? variablesJson, Random r, string? accept, bool token)
    {
        if (r.Next(7) == 0) return Get(kind, query, r, accept, token, variablesJson);
        var operationName = r.Next(6) switch { 0 => "\"Q\"", 1 => "null", 2 => "\"" + RandomText(r, 5) + "\"", _ => null };
        var body = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (variablesJson is not null) body.Append(",\"variables\":").Append(variablesJson);
        if (operationName is not null) body.Append(",\"operationName\":").Append(operationName);
        if (r.Next(10) == 0) body.Append(",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"00\"}}");
        if (r.Next(15) == 0) body.Append(",\"documentId\":").Append(DocumentId(r));
        body.Append('}');
        var contentType = r.Next(20) == 0 ? "application/json; charset=utf-8" : "application/json";
        return new FuzzRequest(kind, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(body.ToString()), contentType, accept, token, query);
    }

    private static FuzzRequest Get(string kind, string query, Random r, string? accept, bool token, string? variablesJson = null)
    {
        var url = new StringBuilder("/graphql?");
        if (r.Next(15) != 0) url.Append("query=").Append(Escape(query));
        if (variablesJson is not null || r.Next(5) == 0)
            url.Append("&variables=").Append(Escape(variablesJson ?? RandomText(r, 10)));
        if (r.Next(8) == 0) url.Append("&operationName=").Append(Escape(RandomText(r, 4)));
        if (r.Next(10) == 0) url.Append("&extensions=").Append(r.Next(2) == 0 ? "%7B%7D" : "%5B1%5D");
        if (r.Next(20) == 0) url.Append("&query=").Append(Escape("{ revision }"));
        if (r.Next(15) == 0) url.Append("&documentId=").Append(Escape(DocumentId(r).Trim('"')));
        return new FuzzRequest(kind, HttpMethod.Get, url.ToString(), null, null, accept, token, query);
    }

    /// <summary>Percent-encodes the UTF-8 bytes of any text, lone surrogates included (they become U+FFFD).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~') escaped.Append((char)b);
            else escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }

    private static FuzzRequest InvalidBody(Random r, string? accept, bool token)
    {
        var valid = "{\"query\":" + JsonSerializer.Serialize(Tour[r.Next(Tour.Length)]) + "}";
        byte[] body = r.Next(12) switch
        {
            0 => RandomBytes(r, r.Next(0, 64)),
            1 => Encoding.UTF8.GetBytes(valid[..r.Next(valid.Length)]),
            2 => Encoding.UTF8.GetBytes(Pick(r, "null", "[]", "\"query\"", "42", "true", "{}", "[{\"query\":\"{ revision }\"}]")),
            3 => Encoding.UTF8.GetBytes(Pick(r, "{\"query\":5}", "{\"query\":[\"{ revision }\"]}", "{\"query\":{\"a\":1}}", "{\"query\":null}", "{\"query\":true}")),
            4 => Encoding.UTF8.GetBytes("{\"query\":\"{ revision }\",\"variables\":" + Pick(r, "\"x\"", "5", "[1]", "true", "{\"a\":", "{\"a\":1e999}") + "}"),
            5 => Encoding.UTF8.GetBytes("{\"query\":\"{ revision }\",\"operationName\":" + Pick(r, "5", "{}", "[]", "true") + "}"),
            6 => Encoding.UTF8.GetBytes("{\"query\":\"{ revision }\",\"extensions\":" + Pick(r, "\"x\"", "5", "[1]", "false") + "}"),
            7 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(valid)],
            8 => [.. Encoding.UTF8.GetBytes("{\"query\":\"{ role(id: \\\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\\\") { id } }\"}")],
            9 => Encoding.UTF8.GetBytes(r.Next(2) == 0
                ? "{\"query\":\"{ revision }\",\"query\":\"{ regions { nodes { code } } }\"}"
                : "{\"documentId\":" + DocumentId(r) + "}"),
            10 => Encoding.UTF8.GetBytes(valid + new string(' ', r.Next(0, 5)) + Pick(r, "", "x", "}", "{}")),
            _ => Encoding.UTF8.GetBytes("{\"query\":\"{ revision }\",\"padding\":\"" + new string('x', 70_000) + "\"}"),
        };
        var contentType = r.Next(6) switch
        {
            0 => Pick(r, "text/plain", "application/graphql", "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data", ""),
            1 => null,
            _ => "application/json",
        };
        return new FuzzRequest("body", HttpMethod.Post, "/graphql", body, contentType, accept, token);
    }

    /// <summary>One to four token edits: delete, duplicate, insert a token from the pool, swap neighbours, or replace a literal.</summary>
    private static string Mutate(Random r, string document)
    {
        var tokens = document.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var edits = r.Next(1, 5); edits > 0 && tokens.Count > 0; edits--)
        {
            var at = r.Next(tokens.Count);
            switch (r.Next(6))
            {
                case 0: tokens.RemoveAt(at); break;
                case 1: tokens.Insert(at, tokens[at]); break;
                case 2: tokens.Insert(at, Tokens[r.Next(Tokens.Length)]); break;
                case 3 when at + 1 < tokens.Count: (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]); break;
                case 4: tokens[at] = tokens[at].Contains('"', StringComparison.Ordinal) ? JsonSerializer.Serialize(RandomText(r, r.Next(0, 12))) : HugeNumber(r); break;
                default: tokens[at] = tokens[at][..r.Next(tokens[at].Length + 1)]; break;
            }
        }
        return string.Join(' ', tokens);
    }

    /// <summary>A persisted document id as JSON: well-formed but unknown, malformed, or not a string.</summary>
    private static string DocumentId(Random r) => r.Next(4) switch
    {
        0 => "\"sha256:" + Convert.ToHexStringLower(RandomBytes(r, 32)) + "\"",
        1 => JsonSerializer.Serialize("sha256:" + RandomText(r, r.Next(0, 70))),
        2 => JsonSerializer.Serialize(RandomText(r, r.Next(0, 20))),
        _ => Pick(r, "null", "5", "[]", "{}", "\"\""),
    };

    private static string Deep(Random r)
    {
        var depth = r.Next(2) == 0 ? r.Next(10, 60) : r.Next(100, 3000);
        return r.Next(4) switch
        {
            0 => "{ regions " + string.Concat(Enumerable.Repeat("{ children ", depth)) + "{ code }" + new string('}', depth + 1),
            1 => new string('{', depth) + " revision " + new string('}', depth),
            2 => "{ equivalents(id: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { id } }",
            _ => "{ " + string.Concat(Enumerable.Range(0, depth).Select(i => $"a{i}: revision ")) + "}",
        };
    }

    private static string DeepJson(int depth) => "{\"id\":" + new string('[', depth) + "1" + new string(']', depth) + "}";

    private static string HugeNumbers(Random r) => r.Next(5) switch
    {
        0 => $"{{ trainingProgrammes(first: {HugeNumber(r)}) {{ totalCount }} }}",
        1 => $"{{ equivalents(id: \"ISO/IEC 15408-1:2009\", maxHops: {HugeNumber(r)}) {{ id }} }}",
        2 => $"{{ regionGaps(region: \"JP\", year: {HugeNumber(r)}) {{ year }} }}",
        3 => $"{{ demand(region: \"DE\", year: {HugeNumber(r)}) {{ nodes {{ openings }} }} }}",
        _ => $"mutation {{ setDemand(input: {{ region: \"DE\", role: \"ECSF:CISO\", year: {HugeNumber(r)}, openings: {HugeNumber(r)} }}) {{ demandEntry {{ openings }} }} }}",
    };

    private static string HugeNumber(Random r) => Pick(r,
        "2147483648", "-2147483649", "9223372036854775808", "1e309", "-1e309", "0", "-1", "1.5", "1e-400", "00", "-0",
        new string('9', r.Next(20, 400)), r.NextInt64().ToString(CultureInfo.InvariantCulture), "2147483647", "-2147483648");

    /// <summary>A variables object of values of random (usually wrong) types, or null for none.</summary>
    private static string? RandomVariables(Random r)
    {
        if (r.Next(3) == 0) return null;
        if (r.Next(12) == 0) return Pick(r, "[]", "\"x\"", "7", "true", "[{\"id\":1}]");
        var names = new[] { "id", "hops", "i", "r", "n", "after", "x" };
        var entries = names.Where(_ => r.Next(2) == 0).Select(name => $"{JsonSerializer.Serialize(name)}:{RandomJson(r, 3)}");
        return "{" + string.Join(',', entries) + "}";
    }

    private static string RandomJson(Random r, int depth) => (depth <= 0 ? r.Next(6) : r.Next(9)) switch
    {
        0 => "null",
        1 => r.Next(2) == 0 ? "true" : "false",
        2 => HugeNumber(r),
        3 => JsonSerializer.Serialize(RandomText(r, r.Next(0, 20))),
        4 => Pick(r, "\"ECSF:CISO\"", "\"JP\"", "\"ISO/IEC 15408-1:2009\"", "3", "\"aWxsLWpwLWNzaXJ0LWhhbmRsZXI\""),
        5 => r.Next(1, 6).ToString(CultureInfo.InvariantCulture),
        6 => "[" + string.Join(',', Enumerable.Range(0, r.Next(4)).Select(_ => RandomJson(r, depth - 1))) + "]",
        7 => "{\"region\":\"DE\",\"role\":\"ECSF:CISO\",\"year\":" + HugeNumber(r) + ",\"openings\":" + RandomJson(r, 0) + "}",
        _ => "{" + string.Join(',', Enumerable.Range(0, r.Next(4)).Select(k => $"\"k{k}\":{RandomJson(r, depth - 1)}")) + "}",
    };

    /// <summary>Random text over ASCII, Latin, CJK, emoji, control characters and lone surrogates.</summary>
    private static string RandomText(Random r, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (r.Next(8))
            {
                case 0: text.Append((char)r.Next(0, 32)); break;
                case 1: text.Append((char)r.Next(0x4E00, 0x9FFF)); break;
                case 2: text.Append(char.ConvertFromUtf32(r.Next(0x1F300, 0x1FAFF))); break;
                case 3: text.Append((char)r.Next(0xD800, 0xE000)); break;
                case 4: text.Append((char)r.Next(0xA0, 0x2FF)); break;
                default: text.Append((char)r.Next(32, 127)); break;
            }
        }
        return text.ToString();
    }

    private static byte[] RandomBytes(Random r, int length)
    {
        var bytes = new byte[length];
        r.NextBytes(bytes);
        return bytes;
    }

    private static string Pick(Random r, params string[] choices) => choices[r.Next(choices.Length)];
}
