using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The kinds of record a write changes, as the audit trail names them: one value per record kind, so that a kind
/// added to <see cref="RecordKinds"/> without a value here stops the server at start-up instead of failing the
/// audit trail's answers when its first entry is stored.
/// </summary>
public sealed class RecordKindGraphType : EnumerationGraphType
{
    private static readonly IReadOnlyList<(IRecordKind Kind, string Value, string Description)> Kinds = RecordKinds.Complete<(IRecordKind Kind, string Value, string Description)>(
        [
            (RecordKinds.Regions, "REGION", "A region."),
            (RecordKinds.Frameworks, "FRAMEWORK", "A framework."),
            (RecordKinds.Competences, "COMPETENCE", "A competence."),
            (RecordKinds.Roles, "ROLE", "A role."),
            (RecordKinds.Standards, "STANDARD", "A standard, scheme or law."),
            (RecordKinds.Mappings, "MAPPING", "A mapping."),
            (RecordKinds.Providers, "PROVIDER", "A training provider."),
            (RecordKinds.TrainingProgrammes, "TRAINING_PROGRAMME", "A training programme."),
            (RecordKinds.Demand, "DEMAND", "A demand entry."),
        ],
        entry => entry.Kind,
        "The GraphQL enum RecordKind");

    public RecordKindGraphType()
    {
        Name = "RecordKind";
        Description = "The kind of record a write changed.";
        foreach (var (kind, value, description) in Kinds) Add(value, kind.Name, description);
        Add("DATASET", "dataset", "A dataset's title, source and licence.");
    }
}
