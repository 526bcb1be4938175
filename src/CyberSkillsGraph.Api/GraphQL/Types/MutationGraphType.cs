using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.Writes;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The writes of the schema (docs/security.md, "Writes"; docs/api.md, "Mutations"). Each takes one <c>input</c> and
/// answers a payload with the changed record and <c>userErrors</c>. The roles a field needs are declared here and
/// enforced before execution by <see cref="Authorization.RoleAuthorizationRule"/>; ownership is checked by the write itself.
/// </summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "The writes: each needs an access token whose role allows it (docs/security.md).";

        Field<NonNullGraphType<ImportDatasetPayloadGraphType>>("importDataset")
            .Description("Import a dataset document (JSON text): every record or, when any is invalid, none. A standards body's mappings are stored as proposals; regions, providers, programmes and demand need an administrator (FORBIDDEN).")
            .Argument<NonNullGraphType<ImportDatasetInputGraphType>>("input", "The document.")
            .AuthorizeWithRoles(Roles.Admin, Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                DatasetImportWrite.ImportAsync(State(c), c.User!, c.GetArgument<ImportInput>("input").Document, c.CancellationToken)));

        Field<NonNullGraphType<ImportMappingsSssomPayloadGraphType>>("importMappingsSssom")
            .Description("Import an SSSOM mapping set (TSV with its YAML metadata block, as mappingsSssom and `cyberskills mappings export` write it), " +
                "all or nothing, under the same review rules as importDataset: a standards body's mappings are stored as proposals. Problems name their line and column.")
            .Argument<NonNullGraphType<ImportMappingsSssomInputGraphType>>("input", "The mapping set.")
            .AuthorizeWithRoles(Roles.Admin, Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                DatasetImportWrite.ImportSssomAsync(State(c), c.User!, c.GetArgument<ImportInput>("input").Document, c.CancellationToken)));

        Field<NonNullGraphType<RegisterTrainingProgrammePayloadGraphType>>("registerTrainingProgramme")
            .Description("Register a programme of your provider. Its id is assigned by the server.")
            .Argument<NonNullGraphType<TrainingProgrammeInputGraphType>>("input", "The programme.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c => await WriteErrors.PayloadAsync(RecordInput.NewProgramme, () =>
                ProgrammeWrites.RegisterAsync(State(c), c.User!, c.GetArgument<TrainingProgrammeInput>("input"), c.CancellationToken)));

        Field<NonNullGraphType<UpdateTrainingProgrammePayloadGraphType>>("updateTrainingProgramme")
            .Description("Replace one of your programmes. input.version is the programme's version as you read it; if it changed since, nothing is written (CONFLICT).")
            .Argument<NonNullGraphType<UpdateTrainingProgrammeInputGraphType>>("input", "Which programme, the version you read, and its new values.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateTrainingProgrammeInput>("input");
                return await WriteErrors.PayloadAsync(RecordInput.ChangedProgramme, () =>
                    ProgrammeWrites.UpdateAsync(State(c), c.User!, input.Id, input.Version, input, c.CancellationToken));
            });

        Field<NonNullGraphType<RetireTrainingProgrammePayloadGraphType>>("retireTrainingProgramme")
            .Description("Mark one of your programmes as no longer offered. It stays on record; analyses leave it out. Answers the programme, retired.")
            .Argument<NonNullGraphType<RetireTrainingProgrammeInputGraphType>>("input", "Which programme.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c => await WriteErrors.PayloadAsync(RecordInput.RetiredProgramme, () =>
                ProgrammeWrites.RetireAsync(State(c), c.User!, c.GetArgument<RetireTrainingProgrammeInput>("input").Id, c.CancellationToken)));

        Field<NonNullGraphType<UpsertMappingPayloadGraphType>>("upsertMapping")
            .Description("Propose a mapping or a change to one. A change to an approved mapping waits beside it as a proposal; the approved values stay in force until another account approves. You are recorded as its author.")
            .Argument<NonNullGraphType<MappingInputGraphType>>("input", "The mapping.")
            .AuthorizeWithRoles(Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.PayloadAsync(RecordInput.Mapping, () =>
                MappingWrites.UpsertAsync(State(c), c.User!, c.GetArgument<MappingInput>("input"), c.CancellationToken)));

        Field<NonNullGraphType<ApproveMappingPayloadGraphType>>("approveMapping")
            .Description("Approve a proposed mapping, or the pending change of an approved one. Its author cannot approve it (FORBIDDEN); another standards-body account or an administrator can. Answers the mapping, approved.")
            .Argument<NonNullGraphType<ApproveMappingInputGraphType>>("input", "Which mapping.")
            .AuthorizeWithRoles(Roles.StandardsBody, Roles.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApproveMappingInput>("input");
                return await WriteErrors.PayloadAsync(RecordInput.ApprovedMapping, () =>
                    MappingWrites.ApproveAsync(State(c), c.User!, input.Source, input.Target, c.CancellationToken));
            });

        Field<NonNullGraphType<SetDemandPayloadGraphType>>("setDemand")
            .Description("Record the openings for a role in a region and year, replacing any earlier figure.")
            .Argument<NonNullGraphType<DemandInputGraphType>>("input", "The figure.")
            .AuthorizeWithRoles(Roles.Planner)
            .ResolveAsync(async c => await WriteErrors.PayloadAsync(RecordInput.Demand, () =>
                DemandWrites.SetAsync(State(c), c.User!, c.GetArgument<DemandInput>("input"), c.CancellationToken)));

        ScenarioMutationFields.Register(this);
    }

    private static GraphState State(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphState>();
}
