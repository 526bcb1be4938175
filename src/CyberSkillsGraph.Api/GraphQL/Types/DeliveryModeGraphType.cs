using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>How a programme is taught: the closed set the dataset format names in lower case.</summary>
public sealed class DeliveryModeGraphType : EnumerationGraphType
{
    public DeliveryModeGraphType()
    {
        Name = "DeliveryMode";
        Description = "How a programme is taught.";
        Add("ONLINE", "online", "Taught online.");
        Add("CLASSROOM", "classroom", "Taught in a classroom.");
        Add("BLENDED", "blended", "Partly online, partly in a classroom.");
    }
}
