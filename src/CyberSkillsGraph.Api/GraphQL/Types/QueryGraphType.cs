using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Queries;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Sssom;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The read fields of the schema (README tour, docs/semantics.md for the analyses), served from the request's snapshot. Reads are public.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// What an analysis costs in the query cost limit, against 1 for a plain field: one regionGaps of the root at
    /// synthetic scale L takes about 1.6 ms, the time of a few thousand fields, so a request cannot hide hundreds of
    /// analyses behind aliases that each look cheap.
    /// </summary>
    public const double AnalysisImpact = 2_000;

    /// <summary>What a scenario or a trend costs: several analyses in one (a scenario's regionGaps takes about 14 ms at scale L).</summary>
    public const double SeveralAnalysesImpact = 20_000;

    private const string IncludeProposed = "Preview: count proposed mappings as if approved; every path says whether it used one.";

    public QueryGraphType()
    {
        Name = "Query";

        Field<NodeGraphType>("node")
            .Description("The entity with this id, of whatever kind, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "An id any field of this API handed out.")
            .Resolve(c => NodeLookup.Find(c, c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"The entities with these ids, in the same order; null for an id that names none. At most {MaxPageSize} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Ids any field of this API handed out.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxPageSize) throw new UserInputError("ids", $"{ids.Count} ids; at most {MaxPageSize} are allowed");
                return ids.Select(id => NodeLookup.Find(c, id));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("Every region, by code.")
            .Resolve(c => c.Snapshot().RegionTree.Regions);
        Field<RegionGraphType>("region")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(c => c.Snapshot().FindRegion(c.GetArgument<string>("code")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FrameworkGraphType>>>>("frameworks")
            .Description("Every framework, by id.")
            .Resolve(c => c.Snapshot().Frameworks);
        Field<FrameworkGraphType>("framework")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Snapshot().FindFramework(c.GetArgument<string>("id")));
        Field<RoleGraphType>("role")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Snapshot().FindRole(c.GetArgument<string>("id")));
        Field<CompetenceGraphType>("competence")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Snapshot().FindCompetence(c.GetArgument<string>("id")));
        Field<StandardGraphType>("standard")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Snapshot().FindStandard(c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("standards")
            .Description("Every standard, scheme and law, by id.")
            .Resolve(c => c.Snapshot().Standards);
        Field<NonNullGraphType<StringGraphType>>("mappingsSssom")
            .Description("Every mapping as one SSSOM mapping set (TSV with a YAML metadata block), the file `cyberskills mappings export` writes.")
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => SssomWriter.Write(c.Snapshot().Content));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingGraphType>>>>("mappings")
            .Description("Mappings, optionally only those with a given status.")
            .Argument<MappingStatusGraphType>("status")
            .Resolve(c =>
            {
                var status = c.GetArgument<MappingStatus?>("status");
                return c.Snapshot().Mappings.Where(m => status is null || m.Status == status);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderGraphType>>>>("providers")
            .Resolve(c => c.Snapshot().Providers);
        Field<TrainingProgrammeGraphType>("trainingProgramme")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Snapshot().FindProgramme(c.GetArgument<string>("id")));
        Field<NonNullGraphType<ConnectionType<TrainingProgrammeGraphType, EdgeType<TrainingProgrammeGraphType>>>>("trainingProgrammes")
            .Description($"Programmes in id order, {DefaultPageSize} a page by default and at most {MaxPageSize}.")
            .Argument<StringGraphType>("region", "Offered in this region or a region below it.")
            .Argument<IdGraphType>("competence", "Develops this competence, at any level.")
            .Argument<StringGraphType>("search", "Words that must all appear in the id, title or provider name.")
            .Argument<IntGraphType>("first", "Page size.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .Resolve(ResolveProgrammes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DemandEntryGraphType>>>>("demand")
            .Description("Demand entries, optionally for a region's subtree and a year.")
            .Argument<StringGraphType>("region")
            .Argument<IntGraphType>("year")
            .Resolve(ResolveDemand);
        Field<NonNullGraphType<RegionGapReportGraphType>>("regionGaps")
            .Description("Skill gaps of a region and everything below it. year defaults to the latest year with demand there.")
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<IntGraphType>("year")
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .Argument<ScenarioInputGraphType>(ScenarioArgument.Name, ScenarioArgument.Description)
            .WithComplexityImpact(ScenarioArgument.Impact)
            .Resolve(ScenarioArgument.RegionGaps);
        Field<NonNullGraphType<LearningPathGraphType>>("learningPath")
            .Description("Programmes a learner in the region can take, in order, to meet the role's requirements.")
            .Argument<NonNullGraphType<IdGraphType>>("role")
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<ScenarioInputGraphType>(ScenarioArgument.Name, ScenarioArgument.Description)
            .WithComplexityImpact(ScenarioArgument.Impact)
            .Resolve(ScenarioArgument.LearningPath);
        Field<NonNullGraphType<CoverageReportGraphType>>("frameworkCoverage")
            .Description("How well the target framework covers the source framework's competences and roles through approved mappings.")
            .Argument<NonNullGraphType<IdGraphType>>("source")
            .Argument<NonNullGraphType<IdGraphType>>("target")
            .Argument<IntGraphType>("maxHops", "1..5", a => a.DefaultValue = GraphAnalyses.DefaultMaxHops)
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.FrameworkCoverage(
                c.Snapshot(), c.GetArgument<string>("source"), c.GetArgument<string>("target"), c.GetArgument<int>("maxHops"), c.GetArgument<bool>("includeProposed"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EquivalenceGraphType>>>>("equivalents")
            .Description("Elements reachable from the given one through approved mappings, best first.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("maxHops", "1..5", a => a.DefaultValue = GraphAnalyses.DefaultMaxHops)
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.Equivalents(c.Snapshot(), c.GetArgument<string>("id"), c.GetArgument<int>("maxHops"), c.GetArgument<bool>("includeProposed"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetInfoGraphType>>>>("datasets")
            .Description("The datasets loaded, in the order they were first imported, with their sources.")
            .Resolve(c => c.Snapshot().Datasets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditTrail")
            .Description("Writes made through the API, newest first (administrators only).")
            .Argument<StringGraphType>("actor")
            .Argument<StringGraphType>("key", "A record key: a programme id, 'source -> target' for a mapping, 'region|role|year' for demand.")
            .Argument<LongGraphType>("beforeRevision", "For paging: entries older than this revision.")
            .Argument<IntGraphType>("first", "At most this many, 1..500; default 50.")
            .AuthorizeWithRoles(Auth.Roles.Admin)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? 50;
                if (first is < 1 or > 500) throw new UserInputError("first", $"{first} is outside 1..500");
                var query = new Domain.Storage.AuditQuery(c.GetArgument<string?>("actor"), c.GetArgument<string?>("key"), c.GetArgument<long?>("beforeRevision"), first);
                return await c.RequestServices!.GetRequiredService<Graph.GraphState>().Store.ReadAuditAsync(query, c.CancellationToken);
            });
        Field<ListGraphType<NonNullGraphType<TrainingProgrammeGraphType>>>("myTrainingProgrammes")
            .Description("The programmes of the provider your access token is bound to, retired ones included.")
            .AuthorizeWithRoles(Auth.Roles.Provider)
            .Resolve(c => c.User!.FindFirst(Auth.GraphClaims.ProviderId)?.Value is { } provider
                ? c.Snapshot().Programmes.Where(p => p.Provider == provider)
                : []);
        Field<NonNullGraphType<LongGraphType>>("revision")
            .Description("The store revision the answer was read at.")
            .Resolve(c => c.Snapshot().Revision);
        ScenarioQueryFields.Register(this);
    }

    private static Connection<TrainingProgramme> ResolveProgrammes(IResolveFieldContext c)
    {
        var snapshot = c.Snapshot();
        var region = c.GetArgument<string?>("region");
        if (region is not null && snapshot.FindRegion(region) is null)
            throw new UserInputError("region", $"unknown region '{region}'");
        var competence = c.GetArgument<string?>("competence");
        if (competence is not null && snapshot.FindCompetence(competence) is null)
            throw new UserInputError("competence", $"unknown competence '{competence}'");
        var first = c.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > MaxPageSize)
            throw new UserInputError("first", $"{first} is outside 0..{MaxPageSize}");
        string? afterId = null;
        if (c.GetArgument<string?>("after") is { } after && !Cursor.TryDecode(after, out afterId))
            throw new UserInputError("after", "is not a cursor returned by this API");

        var page = ProgrammeFinder.Find(snapshot, new ProgrammeFilter(region, competence, c.GetArgument<string?>("search")), first, afterId);
        var edges = page.Items.Select(p => new Edge<TrainingProgramme> { Node = p, Cursor = Cursor.Encode(p.Id) }).ToList();
        return new Connection<TrainingProgramme>
        {
            Edges = edges,
            TotalCount = page.TotalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = page.HasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static IEnumerable<DemandEntry> ResolveDemand(IResolveFieldContext c)
    {
        var snapshot = c.Snapshot();
        var year = c.GetArgument<int?>("year");
        var code = c.GetArgument<string?>("region");
        if (code is null) return snapshot.Demand.Where(d => year is null || d.Year == year);
        var root = snapshot.RegionTree.IndexOf(code);
        if (root < 0) throw new UserInputError("region", $"unknown region '{code}'");
        return snapshot.Demand.Where(d =>
            (year is null || d.Year == year) &&
            snapshot.RegionTree.IndexOf(d.Region) is var r and >= 0 && snapshot.RegionTree.InSubtree(r, root));
    }
}
