using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The kinds of standard: the closed set the dataset format names in lower case (Vocabulary.StandardKinds).</summary>
public sealed class StandardKindGraphType : EnumerationGraphType
{
    public StandardKindGraphType()
    {
        Name = "StandardKind";
        Description = "What kind of document a standard is.";
        Add("STANDARD", "standard", "A standard of a standards body, such as ISO/IEC 27001.");
        Add("SCHEME", "scheme", "A certification scheme, such as EUCC.");
        Add("REGULATION", "regulation", "A regulation, such as the Cyber Resilience Act.");
        Add("LAW", "law", "A law, such as Japan's Basic Act on Cybersecurity.");
    }
}
