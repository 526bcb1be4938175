namespace CyberSkillsGraph.Domain.Model;

/// <summary>The closed lists of words that some string fields take (the JSON Schema lists the same).</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> FrameworkKinds = ["competence-framework", "role-framework", "qualification"];
    public static readonly IReadOnlyList<string> StandardKinds = ["standard", "scheme", "regulation", "law"];
    public static readonly IReadOnlyList<string> DeliveryModes = ["online", "classroom", "blended"];
}
