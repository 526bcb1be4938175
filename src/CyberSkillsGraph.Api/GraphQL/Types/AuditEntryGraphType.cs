using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One write: the revision it made, when, who, what, and the record before and after (JSON).";
        Field(a => a.Revision);
        Field(a => a.At);
        Field(a => a.Actor);
        Field(a => a.Action);
        Field(a => a.Kind);
        Field(a => a.Key);
        Field(a => a.Before, nullable: true);
        Field(a => a.After, nullable: true);
    }
}
