using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The kinds of framework: the closed set the dataset format names in lower case (Vocabulary.FrameworkKinds).</summary>
public sealed class FrameworkKindGraphType : EnumerationGraphType
{
    public FrameworkKindGraphType()
    {
        Name = "FrameworkKind";
        Description = "What a framework describes.";
        Add("COMPETENCE_FRAMEWORK", "competence-framework", "Competences and their proficiency levels, such as the e-CF.");
        Add("ROLE_FRAMEWORK", "role-framework", "Job roles and the competences they require, such as ECSF or the NICE Framework.");
        Add("QUALIFICATION", "qualification", "A qualification or certification and what it attests.");
    }
}
