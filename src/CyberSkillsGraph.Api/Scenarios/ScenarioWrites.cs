using System.Security.Claims;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Writes;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>
/// Saving and deleting a planner's scenarios. The owner is the token's subject, never input; a
/// scenario is validated against the graph it is saved on, like a write, and remembers that revision.
/// </summary>
internal static class ScenarioWrites
{
    private static readonly IReadOnlyList<string> NameField = ["input", "name"];
    private static readonly IReadOnlyList<string> IdField = ["input", "id"];

    public static SaveScenarioPayload Save(ScenarioStore store, GraphSnapshot snapshot, ClaimsPrincipal user, SaveScenarioInput input)
    {
        var errors = new List<UserErrorResult>();
        var name = input.Name;
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new(NameField, UserErrorCode.Invalid, "must not be empty"));
        else if (name.Length > DatasetValidator.MaxNameLength) errors.Add(new(NameField, UserErrorCode.Invalid, $"is {name.Length} characters long; at most {DatasetValidator.MaxNameLength} are allowed"));
        else if (name.Any(char.IsControl)) errors.Add(new(NameField, UserErrorCode.Invalid, "has a control character"));
        var scenario = ScenarioInputs.ToScenario(input.Scenario);
        errors.AddRange(ScenarioValidator.Validate(snapshot, scenario)
            .Select(p => new UserErrorResult(["input", "scenario", .. InputPath.Segments(p.Path)], UserErrorCode.Invalid, p.Message)));
        if (errors.Count > 0) return new SaveScenarioPayload(null, errors);

        try
        {
            var saved = store.Save(Owner(user), input.Id, name.Trim(), ScenarioJson.Write(scenario), snapshot.Revision);
            return saved is null
                ? new SaveScenarioPayload(null, [new(IdField, UserErrorCode.NotFound, $"you have no saved scenario '{input.Id}'")])
                : new SaveScenarioPayload(saved, []);
        }
        catch (ScenarioLimitException e)
        {
            return new SaveScenarioPayload(null, [new(null, UserErrorCode.LimitReached, e.Message)]);
        }
    }

    public static DeleteScenarioPayload Delete(ScenarioStore store, ClaimsPrincipal user, DeleteScenarioInput input) =>
        store.Delete(Owner(user), input.Id)
            ? new DeleteScenarioPayload(input.Id, [])
            : new DeleteScenarioPayload(null, [new(IdField, UserErrorCode.NotFound, $"you have no saved scenario '{input.Id}'")]);

    /// <summary>The account from the token; a planner token always carries a subject.</summary>
    public static string Owner(ClaimsPrincipal user) => user.Subject() ?? throw new InvalidOperationException("A planner token has no subject.");

    /// <summary>The saved scenario as the engine reads it; it was valid JSON when saved.</summary>
    public static Scenario ScenarioOf(SavedScenario saved) =>
        ScenarioJson.Read(saved.Body).Scenario ?? throw new InvalidDataException($"Saved scenario {saved.Id} cannot be read.");
}
