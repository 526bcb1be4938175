using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// What an imported competence's new level range would leave behind in the stored graph: a role requiring it, or a
/// programme developing it, at a level it no longer has. The validator checks the document against the graph; this
/// checks the graph against the document, so that narrowing ECF:B.5 to maxLevel 1 cannot silently invalidate the
/// roles and programmes that use it at level 3 (and refuse their providers' next update).
/// </summary>
internal static class DependentLevels
{
    public static IEnumerable<DatasetProblem> Check(GraphSnapshot snapshot, Dataset document)
    {
        var rolesSent = document.Roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var programmesSent = document.TrainingProgrammes.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < document.Competences.Count; i++)
        {
            var competence = document.Competences[i];
            var index = snapshot.CompetenceIndex(competence.Id);
            if (index < 0) continue;
            if (Outside(snapshot.CompetenceRequiredBy, index, competence, r => snapshot.Roles[r].Id, rolesSent) is { } role)
                yield return Problem(i, competence, role.Level, $"role {role.Id} requires it");
            if (Outside(snapshot.CompetenceDevelopedBy, index, competence, p => snapshot.Programmes[p].Id, programmesSent) is { } programme)
                yield return Problem(i, competence, programme.Level, $"training programme {programme.Id} develops it");
        }
    }

    /// <summary>The first stored record, not replaced by the document, that uses the competence outside its new range.</summary>
    private static (string Id, int Level)? Outside(Edges edges, int competence, Competence range, Func<int, string> idOf, HashSet<string> sent)
    {
        var targets = edges.TargetsOf(competence);
        var levels = edges.LevelsOf(competence);
        for (var e = 0; e < targets.Length; e++)
        {
            if (levels[e] >= range.MinLevel && levels[e] <= range.MaxLevel) continue;
            var id = idOf(targets[e]);
            if (!sent.Contains(id)) return (id, levels[e]);
        }
        return null;
    }

    private static DatasetProblem Problem(int index, Competence competence, int level, string user)
    {
        var (field, bound) = level > competence.MaxLevel ? ("maxLevel", competence.MaxLevel) : ("minLevel", competence.MinLevel);
        return new DatasetProblem($"$.competences[{index}].{field}",
            $"{bound} would leave level {level} out of {competence.Id}'s range, but stored {user} at level {level}; change that first or in the same document");
    }
}
