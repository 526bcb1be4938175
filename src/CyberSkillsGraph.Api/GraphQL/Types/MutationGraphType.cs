using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.Writes;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The writes of the schema (docs/security.md, "Writes"). The roles a field needs are declared here and enforced before
/// execution by <see cref="Authorization.RoleAuthorizationRule"/>; ownership is checked by the write itself.
/// </summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "The writes: each needs an access token whose role allows it (docs/security.md).";

        Field<NonNullGraphType<ImportResultGraphType>>("importDataset")
            .Description("Import a dataset document (JSON text): every record or, when any is invalid, none. A standards body's mappings are stored as proposals; regions, providers, programmes and demand need an administrator.")
            .Argument<NonNullGraphType<StringGraphType>>("document", "The dataset document, as JSON text.")
            .AuthorizeWithRoles(Roles.Admin, Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                DatasetImportWrite.ImportAsync(State(c), c.User!, c.GetArgument<string>("document"), c.CancellationToken)));

        Field<NonNullGraphType<ImportResultGraphType>>("importMappingsSssom")
            .Description("Import an SSSOM mapping set (TSV with its YAML metadata block, as mappingsSssom and `cyberskills mappings export` write it), " +
                "all or nothing, under the same review rules as importDataset: a standards body's mappings are stored as proposals. Problems name their line and column.")
            .Argument<NonNullGraphType<StringGraphType>>("document", "The SSSOM mapping set, as TSV text with its YAML metadata block.")
            .AuthorizeWithRoles(Roles.Admin, Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                DatasetImportWrite.ImportSssomAsync(State(c), c.User!, c.GetArgument<string>("document"), c.CancellationToken)));

        Field<NonNullGraphType<TrainingProgrammeGraphType>>("registerTrainingProgramme")
            .Description("Register a programme of your provider. Its id is assigned by the server.")
            .Argument<NonNullGraphType<TrainingProgrammeInputGraphType>>("input", "The programme.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                ProgrammeWrites.RegisterAsync(State(c), c.User!, c.GetArgument<TrainingProgrammeInput>("input"), c.CancellationToken)));

        Field<NonNullGraphType<TrainingProgrammeGraphType>>("updateTrainingProgramme")
            .Description("Replace one of your programmes. version is the programme's version as you read it; if it changed since, nothing is written.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id of one of your programmes.")
            .Argument<NonNullGraphType<StringGraphType>>("version", "The programme's version as you read it.")
            .Argument<NonNullGraphType<TrainingProgrammeInputGraphType>>("input", "The programme as it is to be.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() => ProgrammeWrites.UpdateAsync(
                State(c), c.User!, c.GetArgument<string>("id"), c.GetArgument<string>("version"), c.GetArgument<TrainingProgrammeInput>("input"), c.CancellationToken)));

        Field<NonNullGraphType<BooleanGraphType>>("retireTrainingProgramme")
            .Description("Mark one of your programmes as no longer offered. It stays on record; analyses leave it out.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id of one of your programmes.")
            .AuthorizeWithRoles(Roles.Provider)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() => ProgrammeWrites.RetireAsync(State(c), c.User!, c.GetArgument<string>("id"), c.CancellationToken)));

        Field<NonNullGraphType<MappingGraphType>>("upsertMapping")
            .Description("Propose a mapping or a change to one. A change to an approved mapping waits beside it as a proposal; the approved values stay in force until another account approves. You are recorded as its author.")
            .Argument<NonNullGraphType<MappingInputGraphType>>("input", "The mapping proposed.")
            .AuthorizeWithRoles(Roles.StandardsBody)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() => MappingWrites.UpsertAsync(State(c), c.User!, c.GetArgument<MappingInput>("input"), c.CancellationToken)));

        Field<NonNullGraphType<MappingGraphType>>("approveMapping")
            .Description("Approve a proposed mapping, or the pending change of an approved one. Its author cannot approve it; another standards-body account or an administrator can.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The mapping's source element.")
            .Argument<NonNullGraphType<IdGraphType>>("target", "The mapping's target element.")
            .AuthorizeWithRoles(Roles.StandardsBody, Roles.Admin)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() =>
                MappingWrites.ApproveAsync(State(c), c.User!, c.GetArgument<string>("source"), c.GetArgument<string>("target"), c.CancellationToken)));

        Field<NonNullGraphType<DemandEntryGraphType>>("setDemand")
            .Description("Record the openings for a role in a region and year, replacing any earlier figure.")
            .Argument<NonNullGraphType<DemandInputGraphType>>("input", "The figure.")
            .AuthorizeWithRoles(Roles.Planner)
            .ResolveAsync(async c => await WriteErrors.RunAsync(() => DemandWrites.SetAsync(State(c), c.User!, c.GetArgument<DemandInput>("input"), c.CancellationToken)));
        ScenarioMutationFields.Register(this);
    }

    private static GraphState State(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphState>();
}
