using CyberSkillsGraph.Api;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.GraphQL.Http;
using CyberSkillsGraph.Api.Observability;
using CyberSkillsGraph.Api.Scenarios;
using CyberSkillsGraph.Api.Web;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = EnvironmentChoice.FromVariables() });
builder.Services.AddAuthServer(builder.Configuration, builder.Environment);
builder.Services.AddGraphQLApi();
builder.Services.AddScenarios();
builder.Services.AddObservability(builder.Configuration);
// Last: the graph loads while the hosted services registered before it start, and its own start waits for the load.
builder.Services.AddGraph();

var app = builder.Build();
app.UseMiddleware<CyberSkillsGraph.Api.MalformedRequestMiddleware>();
// Browsers that reached the server over HTTPS keep to HTTPS (sent on HTTPS answers only, never for localhost).
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseAuthResponseHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.MapAuthEndpoints();
app.MapGraphQLEndpoint();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapWebUi();
app.Run();

/// <summary>Entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
