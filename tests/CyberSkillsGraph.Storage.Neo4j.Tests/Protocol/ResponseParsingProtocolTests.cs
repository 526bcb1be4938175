using System.Net;
using System.Text;
using System.Text.Json;
using CyberSkillsGraph.Storage.Neo4j.Http;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// Protocol tests of how the HTTP client reads response bodies, on bodies shaped as Neo4j's Query API
/// documentation shows them: results in plain and typed JSON, errors and the transaction's id.
/// </summary>
public sealed class ResponseParsingProtocolTests
{
    private static Neo4jResult Parse(string body, HttpStatusCode status = HttpStatusCode.Accepted, string mediaType = "application/json") =>
        Neo4jResponseParser.Parse(status, mediaType, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Parse_WhenPlainJsonHoldsNullsListsMapsAndNodes_ThenEveryValueIsKept()
    {
        var result = Parse("""
            {"data": {"fields": ["name", "missing", "list", "map", "person"],
                      "values": [["Phil", null, [1, [2, "x"]], {"a": {"b": null}},
                                  {"elementId": "4:ff04:2", "labels": ["Person"], "properties": {"name": "Phil"}}]]},
             "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], "queryType": "rw"}
            """);

        Assert.Equal(["name", "missing", "list", "map", "person"], result.Fields);
        Assert.Equal("Phil", result.GetString(0, "name"));
        Assert.Null(result.GetString(0, "missing"));
        Assert.Equal("x", result.Value(0, "list")[1][1].GetString());
        Assert.Equal(JsonValueKind.Null, result.Value(0, "map").GetProperty("a").GetProperty("b").ValueKind);
        Assert.Equal("Phil", result.Value(0, "person").GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public void Parse_WhenTheAnswerIsTypedJson_ThenValuesReadAsPlainJson()
    {
        var result = Parse("""
            {"data": {"fields": ["person", "name", "age", "nothing", "tags", "map", "score"],
                      "values": [[
                        {"$type": "Node", "_value": {"_element_id": "4:ff04:2", "_labels": ["Person"],
                                                     "_properties": {"name": {"$type": "String", "_value": "Phil"}}}},
                        {"$type": "String", "_value": "Phil"},
                        {"$type": "Integer", "_value": "9007199254740993"},
                        {"$type": "Null", "_value": null},
                        {"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "Boolean", "_value": true}]},
                        {"$type": "Map", "_value": {"fieldA": {"$type": "Date", "_value": "2015-03-26"}}},
                        {"$type": "Float", "_value": "3.2E9"}]]},
             "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
            """, mediaType: "application/vnd.neo4j.query");

        Assert.Equal("Phil", result.Value(0, "person").GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(["Person"], result.Value(0, "person").GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Phil", result.GetString(0, "name"));
        Assert.Equal(9007199254740993L, result.GetInt64(0, "age"));
        Assert.Null(result.GetString(0, "nothing"));
        Assert.Equal("""["A",true]""", result.Value(0, "tags").GetRawText());
        Assert.Equal("2015-03-26", result.Value(0, "map").GetProperty("fieldA").GetString());
        Assert.Equal(3.2e9, result.Value(0, "score").GetDouble());
    }

    [Fact]
    public void Parse_WhenSingleFieldRowsAreNotWrappedInArrays_ThenEachIsStillOneRow()
    {
        // The routing page of the documentation shows a one-field result this way.
        var result = Parse("""{"data": {"fields": ["n"], "values": [{"elementId": "4:a:0"}, {"elementId": "4:a:1"}]}}""");

        Assert.Equal(["4:a:0", "4:a:1"], result.Rows.Select(r => r[0].GetProperty("elementId").GetString()));
    }

    [Fact]
    public void Parse_WhenTheTransactionIsOpen_ThenItsIdIsRead()
    {
        var result = Parse("""
            {"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
            """);

        Assert.Equal("lyU", result.TransactionId);
    }

    [Fact]
    public void Parse_WhenACommitAnswersWithNoBody_ThenTheResultIsEmpty()
    {
        var result = Parse("");

        Assert.Empty(result.Rows);
        Assert.Null(result.TransactionId);
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadRequest)]
    public void Parse_WhenErrorsComeWithAnyStatus_ThenTheFirstIsThrownWithItsCodeAndTheOthersInTheMessage(HttpStatusCode status)
    {
        var error = Assert.Throws<Neo4jException>(() => Parse("""
            {"data": {"fields": ["n"], "values": []},
             "errors": [{"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "Node(1) already exists with label `Region` and property `code` = 'JP'"},
                        {"code": "Neo.ClientError.Statement.ExecutionFailed", "message": "second"}]}
            """, status));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal((int)status, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("already exists", error.Message);
        Assert.Contains("Neo.ClientError.Statement.ExecutionFailed: second", error.Message);
    }

    [Fact]
    public void Parse_WhenAuthenticationFails_ThenThe401ErrorCarriesItsCode()
    {
        var error = Assert.Throws<Neo4jException>(() => Parse(
            """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}""",
            HttpStatusCode.Unauthorized));

        Assert.Equal(("Neo.ClientError.Security.Unauthorized", 401, false), (error.Code, error.StatusCode, error.IsTransient));
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void Parse_WhenAnErrorArrives_ThenItIsTransientAsTheDriversClassifyIt(string code, bool transient)
    {
        var error = Assert.Throws<Neo4jException>(() => Parse($$"""{"errors": [{"code": "{{code}}", "message": "m"}]}"""));

        Assert.Equal(transient, error.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "HTTP.503", true)]
    [InlineData(HttpStatusCode.TooManyRequests, "HTTP.429", true)]
    [InlineData(HttpStatusCode.BadGateway, "HTTP.502", false)]
    [InlineData(HttpStatusCode.InternalServerError, "HTTP.500", false)]
    public void Parse_WhenAFailureStatusHasNoErrorsArray_ThenItIsThrownAsAnHttpCode(HttpStatusCode status, string code, bool transient)
    {
        var error = Assert.Throws<Neo4jException>(() => Parse("<html>proxy error</html>", status, "text/html"));

        Assert.Equal((code, transient), (error.Code, error.IsTransient));
    }

    [Fact]
    public void Parse_WhenASuccessBodyIsNotJson_ThenItIsRefused()
    {
        Assert.Throws<InvalidDataException>(() => Parse("<html>hello</html>", HttpStatusCode.OK, "text/html"));
    }
}
