using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One write: the revision it made, when, who, what, and the record before and after (JSON).";
        Field(a => a.Revision).Description("The store revision the write made.");
        Field(a => a.At).Description("When the write was made.");
        Field(a => a.Actor).Description("The account that made it (its subject).");
        Field(a => a.Action, type: typeof(NonNullGraphType<AuditActionGraphType>)).Description("The mutation that made it.");
        Field(a => a.Kind, type: typeof(NonNullGraphType<RecordKindGraphType>)).Description("The kind of record it changed.");
        Field(a => a.Key).Description("The record's key: a programme id, 'source -> target' for a mapping, 'region|role|year' for demand.");
        Field(a => a.Before, nullable: true).Description("The record before the write, as JSON; null when the write created it.");
        Field(a => a.After, nullable: true).Description("The record after the write, as JSON.");
    }
}
