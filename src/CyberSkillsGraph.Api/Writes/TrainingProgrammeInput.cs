using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>What a provider says about one of its programmes. The provider itself comes from the access token. Open so that an update's input can add the programme's id and version.</summary>
public class TrainingProgrammeInput
{
    public string Title { get; set; } = "";
    public List<string> Regions { get; set; } = [];
    public int SeatsPerYear { get; set; }
    public int Hours { get; set; }
    public string? Delivery { get; set; }
    public string? Language { get; set; }
    public List<CompetenceLevelInput> Develops { get; set; } = [];
    public List<string>? PreparesFor { get; set; }
    public List<string>? AlignedWith { get; set; }
    public string? Note { get; set; }

    /// <summary>Accepted and ignored: a client may not choose whose programme it writes.</summary>
    public string? Provider { get; set; }

    /// <summary>The record this input describes, under the id and provider the caller decides (never the input's own provider for a write).</summary>
    public TrainingProgramme ToRecord(string id, string provider, bool? retired = null) => new(
        id, Title, provider, [.. Regions], SeatsPerYear, Hours, Delivery, Language,
        [.. Develops.Select(d => new CompetenceLevel(d.Competence, d.Level))],
        [.. PreparesFor ?? []], [.. AlignedWith ?? []], Note, retired);
}
