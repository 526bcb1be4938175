namespace CyberSkillsGraph.Api;

/// <summary>
/// A request body that cannot be read as a form (too many values, a key beyond the form limits) is the
/// client's error: answer 400 instead of letting the exception become a 500, wherever it is read.
/// </summary>
internal sealed class MalformedRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (InvalidDataException) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync("""{"errors":[{"message":"The request body is malformed or exceeds the form limits.","extensions":{"code":"BAD_REQUEST"}}]}""");
        }
    }
}
