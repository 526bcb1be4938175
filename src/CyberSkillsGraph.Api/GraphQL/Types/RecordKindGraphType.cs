using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The kinds of record a write changes, as the audit trail names them.</summary>
public sealed class RecordKindGraphType : EnumerationGraphType
{
    public RecordKindGraphType()
    {
        Name = "RecordKind";
        Description = "The kind of record a write changed.";
        Add("REGION", "region", "A region.");
        Add("FRAMEWORK", "framework", "A framework.");
        Add("COMPETENCE", "competence", "A competence.");
        Add("ROLE", "role", "A role.");
        Add("STANDARD", "standard", "A standard, scheme or law.");
        Add("MAPPING", "mapping", "A mapping.");
        Add("PROVIDER", "provider", "A training provider.");
        Add("TRAINING_PROGRAMME", "trainingProgramme", "A training programme.");
        Add("DEMAND", "demand", "A demand entry.");
        Add("DATASET", "dataset", "A dataset's title, source and licence.");
    }
}
