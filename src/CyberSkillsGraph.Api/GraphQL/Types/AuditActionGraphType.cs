using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The writes the audit trail records: the names of the mutations that make them, as the store keeps them.</summary>
public sealed class AuditActionGraphType : EnumerationGraphType
{
    public AuditActionGraphType()
    {
        Name = "AuditAction";
        Description = "The mutation that made a write.";
        Add("IMPORT_DATASET", "importDataset", "A record written by importDataset or importMappingsSssom.");
        Add("REGISTER_TRAINING_PROGRAMME", "registerTrainingProgramme", "A programme registered by its provider.");
        Add("UPDATE_TRAINING_PROGRAMME", "updateTrainingProgramme", "A programme replaced by its provider.");
        Add("RETIRE_TRAINING_PROGRAMME", "retireTrainingProgramme", "A programme retired by its provider.");
        Add("UPSERT_MAPPING", "upsertMapping", "A mapping proposed, or a change to one proposed.");
        Add("APPROVE_MAPPING", "approveMapping", "A proposed mapping, or a pending change, approved.");
        Add("SET_DEMAND", "setDemand", "A demand figure recorded.");
    }
}
