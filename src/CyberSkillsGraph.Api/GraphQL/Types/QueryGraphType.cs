using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Queries;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Sssom;
using GraphQL;
using GraphQL.Types;
using CyberSkillsGraph.Api.GraphQL.Complexity;
using CyberSkillsGraph.Api.GraphQL.Paging;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The read fields of the schema (README tour, docs/semantics.md for the analyses), served from the request's snapshot. Reads are public.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>The most ids nodes takes at once.</summary>
    public const int MaxNodes = 100;

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
        Description = "The reads: public, served from one snapshot of the graph per request.";

        Field<NodeGraphType>("node")
            .Description("The entity with this id, of whatever kind, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "An id any field of this API handed out.")
            .Resolve(c => NodeLookup.Find(c, c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"The entities with these ids, in the same order; null for an id that names none. At most {MaxNodes} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Ids any field of this API handed out.")
            // Each id is charged like an item of a list: what is selected below is resolved once per id given.
            .WithComplexityImpact(c => new(1, Math.Clamp(c.Arguments?["ids"].Value is System.Collections.ICollection ids ? ids.Count : MaxNodes, 1, MaxNodes)))
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes) throw new UserInputError("ids", $"{ids.Count} ids; at most {MaxNodes} are allowed");
                return ids.Select(id => NodeLookup.Find(c, id));
            });
        this.Connection<object?, RegionGraphType>("regions", PageSizes.Standard)
            .Description("Every region, by code.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().RegionTree.Regions, r => r.Code, orderedByKey: true));
        Field<RegionGraphType>("region")
            .Description("The region with this code, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("code", "An ISO 3166-1 alpha-2 code, or EU.")
            .Resolve(c => c.Snapshot().FindRegion(c.GetArgument<string>("code")));
        this.Connection<object?, FrameworkGraphType>("frameworks", PageSizes.Standard)
            .Description("Every framework, by id.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().Frameworks, f => f.Id, orderedByKey: true));
        Field<FrameworkGraphType>("framework")
            .Description("The framework with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A framework id, such as ECSF.")
            .Resolve(c => c.Snapshot().FindFramework(c.GetArgument<string>("id")));
        Field<RoleGraphType>("role")
            .Description("The role with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A role id, such as ECSF-PROFILE-07.")
            .Resolve(c => c.Snapshot().FindRole(c.GetArgument<string>("id")));
        Field<CompetenceGraphType>("competence")
            .Description("The competence with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A competence id, such as ECF-A.1.")
            .Resolve(c => c.Snapshot().FindCompetence(c.GetArgument<string>("id")));
        Field<StandardGraphType>("standard")
            .Description("The standard, scheme or law with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A standard id, such as EUCC.")
            .Resolve(c => c.Snapshot().FindStandard(c.GetArgument<string>("id")));
        this.Connection<object?, StandardGraphType>("standards", PageSizes.Standard)
            .Description("Every standard, scheme and law, by id.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().Standards, s => s.Id, orderedByKey: true));
        Field<NonNullGraphType<StringGraphType>>("mappingsSssom")
            .Description("Every mapping as one SSSOM mapping set (TSV with a YAML metadata block), the file `cyberskills mappings export` writes.")
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => SssomWriter.Write(c.Snapshot().Content));
        this.Connection<object?, MappingGraphType>("mappings", PageSizes.Standard)
            .Description("Mappings by source, then target, optionally only those with a given status.")
            .Argument<MappingStatusGraphType>("status", "Only mappings with this status; every mapping when left out.")
            .Resolve(c =>
            {
                var status = c.GetArgument<MappingStatus?>("status");
                return Connections.Slice(c, c.Snapshot().Mappings.Where(m => status is null || m.Status == status).ToList(), m => m.Key);
            });
        this.Connection<object?, ProviderGraphType>("providers", PageSizes.Standard)
            .Description("Every training provider, by id.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().Providers, p => p.Id, orderedByKey: true));
        Field<TrainingProgrammeGraphType>("trainingProgramme")
            .Description("The programme with this id, retired or not, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A programme id.")
            .Resolve(c => c.Snapshot().FindProgramme(c.GetArgument<string>("id")));
        this.Connection<object?, TrainingProgrammeGraphType>("trainingProgrammes", PageSizes.Programmes)
            .Description("Programmes still offered, in id order.")
            .Argument<IdGraphType>("region", "Offered in this region or a region below it.")
            .Argument<IdGraphType>("competence", "Develops this competence, at any level.")
            .Argument<StringGraphType>("search",
                $"Words that must all appear in the id, title or provider name (at most {ProgrammeFilter.MaxSearchWords} words, {ProgrammeFilter.MaxSearchLength} characters).")
            .WithComplexityImpact(ProgrammeScanImpact.Of)
            .Resolve(ResolveProgrammes);
        this.Connection<object?, DemandEntryGraphType>("demand", PageSizes.Standard)
            .Description("Demand entries by region, role and year, optionally only those of a region's subtree or of a year.")
            .Argument<IdGraphType>("region", "Only entries of this region and the regions below it.")
            .Argument<IntGraphType>("year", "Only entries of this year.")
            .Resolve(c => Connections.Slice(c, DemandOf(c), d => d.Key));
        Field<NonNullGraphType<RegionGapReportGraphType>>("regionGaps")
            .Description("Skill gaps of a region and everything below it. year defaults to the latest year with demand there.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "A region code; the report covers everything below it too.")
            .Argument<IntGraphType>("year", "The year; defaults to the latest with demand in the region.")
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .Argument<ScenarioInputGraphType>(ScenarioArgument.Name, ScenarioArgument.Description)
            .WithComplexityImpact(ScenarioArgument.Impact)
            .Resolve(ScenarioArgument.RegionGaps);
        Field<NonNullGraphType<LearningPathGraphType>>("learningPath")
            .Description("Programmes a learner in the region can take, in order, to meet the role's requirements.")
            .Argument<NonNullGraphType<IdGraphType>>("role", "The role to meet.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "Where the learner is: programmes offered there, below it or above it count.")
            .Argument<ScenarioInputGraphType>(ScenarioArgument.Name, ScenarioArgument.Description)
            .WithComplexityImpact(ScenarioArgument.Impact)
            .Resolve(ScenarioArgument.LearningPath);
        Field<NonNullGraphType<CoverageReportGraphType>>("frameworkCoverage")
            .Description("How well the target framework covers the source framework's competences and roles through approved mappings.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The framework whose competences and roles are to be covered.")
            .Argument<NonNullGraphType<IdGraphType>>("target", "The framework that is to cover them.")
            .Argument<IntGraphType>("maxHops", "The longest mapping path followed, 1..5.", a => a.DefaultValue = GraphAnalyses.DefaultMaxHops)
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.FrameworkCoverage(
                c.Snapshot(), c.GetArgument<string>("source"), c.GetArgument<string>("target"), c.GetArgument<int>("maxHops"), c.GetArgument<bool>("includeProposed"))));
        this.Connection<object?, EquivalenceGraphType>("equivalents", PageSizes.Standard)
            .Description("Elements reachable from the given one through approved mappings, best first.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The competence, role or standard to start from.")
            .Argument<IntGraphType>("maxHops", "The longest mapping path followed, 1..5.", a => a.DefaultValue = GraphAnalyses.DefaultMaxHops)
            .Argument<BooleanGraphType>("includeProposed", IncludeProposed, a => a.DefaultValue = false)
            .WithComplexityImpact(AnalysisImpact)
            .Resolve(c => Connections.Slice(c,
                AnalysisCall.Run(() => GraphAnalyses.Equivalents(c.Snapshot(), c.GetArgument<string>("id"), c.GetArgument<int>("maxHops"), c.GetArgument<bool>("includeProposed"))),
                e => e.Id));
        this.Connection<object?, DatasetInfoGraphType>("datasets", PageSizes.Standard)
            .Description("The datasets loaded, in the order they were first imported, with their sources.")
            .Resolve(c => Connections.Slice(c, c.Snapshot().Datasets, d => d.Id));
        this.Connection<object?, AuditEntryGraphType>("auditTrail", PageSizes.Audit, backward: false)
            .Description("Writes made through the API, newest first (administrators only).")
            .Argument<StringGraphType>("actor", "Only writes by this account (its subject).")
            .Argument<StringGraphType>("key", "A record key: a programme id, 'source -> target' for a mapping, 'region|role|year' for demand.")
            .AuthorizeWithRoles(Auth.Roles.Admin)
            .ResolveAsync(async c => await AuditTrailPages.ReadAsync(c));
        this.Connection<object?, TrainingProgrammeGraphType>("myTrainingProgrammes", PageSizes.Standard)
            .Description("The programmes of the provider your access token is bound to, retired ones included, in id order.")
            .AuthorizeWithRoles(Auth.Roles.Provider)
            .Resolve(c => Connections.Slice(c,
                Auth.GraphClaims.ProviderOf(c.User!) is { } provider
                    ? ProgrammeFinder.Find(c.Snapshot(), new ProgrammeFilter(Provider: provider, IncludeRetired: true))
                    : [],
                p => p.Id, orderedByKey: true));
        Field<NonNullGraphType<LongGraphType>>("revision")
            .Description("The store revision the answer was read at.")
            .Resolve(c => c.Snapshot().Revision);
        ScenarioQueryFields.Register(this);
    }

    private static Page ResolveProgrammes(IResolveFieldContext c)
    {
        var snapshot = c.Snapshot();
        var region = c.GetArgument<string?>("region");
        if (region is not null && snapshot.FindRegion(region) is null)
            throw new UserInputError("region", $"unknown region '{region}'");
        var competence = c.GetArgument<string?>("competence");
        if (competence is not null && snapshot.FindCompetence(competence) is null)
            throw new UserInputError("competence", $"unknown competence '{competence}'");
        var search = c.GetArgument<string?>("search");
        if (search?.Length > ProgrammeFilter.MaxSearchLength)
            throw new UserInputError("search", $"{search.Length} characters is more than the {ProgrammeFilter.MaxSearchLength} a search may have");
        if (ProgrammeFilter.WordsOf(search).Length > ProgrammeFilter.MaxSearchWords)
            throw new UserInputError("search", $"a search may have at most {ProgrammeFilter.MaxSearchWords} distinct words");
        var found = ProgrammeFinder.Find(snapshot, new ProgrammeFilter(region, competence, search));
        return Connections.Slice(c, found, p => p.Id, orderedByKey: true);
    }

    private static List<DemandEntry> DemandOf(IResolveFieldContext c)
    {
        var snapshot = c.Snapshot();
        var year = c.GetArgument<int?>("year");
        var code = c.GetArgument<string?>("region");
        if (code is null) return [.. snapshot.Demand.Where(d => year is null || d.Year == year)];
        var root = snapshot.RegionTree.IndexOf(code);
        if (root < 0) throw new UserInputError("region", $"unknown region '{code}'");
        return [.. snapshot.Demand.Where(d =>
            (year is null || d.Year == year) &&
            snapshot.RegionTree.IndexOf(d.Region) is var r and >= 0 && snapshot.RegionTree.InSubtree(r, root))];
    }
}
