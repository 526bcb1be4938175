using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// Global object identification (the Relay specification): every entity has an id that no other entity has, and
/// <c>node(id)</c> gives it back. The ids are the natural ones users type and datasets use; the validator keeps them
/// unique across kinds. Analysis rows are not entities and do not implement this.
/// </summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An entity with an id that is unique across every kind; node(id) returns it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entity's id, unique across every kind of entity.");
    }
}
