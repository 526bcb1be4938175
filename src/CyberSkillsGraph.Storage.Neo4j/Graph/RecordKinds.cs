using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// Every kind of record, in the order a change set writes them: a kind's links point only at kinds
/// before it (or, for regions, at other regions), so their targets exist when they are drawn.
/// </summary>
internal static class RecordKinds
{
    public static readonly IReadOnlyList<IRecordKind> All =
    [
        new NodeKind<Region>(
            "regions", "Region", "code", r => r.Code, d => d.Regions, (d, x) => d with { Regions = x },
            r => [("name", r.Name), ("parent", r.Parent), ("note", r.Note)],
            [new("PART_OF", "Region", "code", r => [new(r.Parent)])],
            parent: r => r.Parent),
        new NodeKind<Framework>(
            "frameworks", "Framework", "id", f => f.Id, d => d.Frameworks, (d, x) => d with { Frameworks = x },
            f => [("name", f.Name), ("version", f.Version), ("publisher", f.Publisher), ("region", f.Region), ("kind", f.Kind),
                  ("source", f.Source), ("note", f.Note)],
            []),
        new NodeKind<Competence>(
            "competences", "Competence", "id", c => c.Id, d => d.Competences, (d, x) => d with { Competences = x },
            c => [("framework", c.Framework), ("code", c.Code), ("title", c.Title), ("minLevel", c.MinLevel), ("maxLevel", c.MaxLevel),
                  ("area", c.Area), ("note", c.Note)],
            [new("IN_FRAMEWORK", "Framework", "id", c => [new(c.Framework)])],
            extraLabel: "Element"),
        new NodeKind<Role>(
            "roles", "Role", "id", r => r.Id, d => d.Roles, (d, x) => d with { Roles = x },
            r => [("framework", r.Framework), ("title", r.Title), ("summary", r.Summary), ("category", r.Category), ("note", r.Note)],
            [
                new("IN_FRAMEWORK", "Framework", "id", r => [new(r.Framework)]),
                new("REQUIRES", "Competence", "id", r => r.Requires.Select(q => new Link(q.Competence, q.Level)), HasLevel: true),
            ],
            extraLabel: "Element"),
        new NodeKind<Standard>(
            "standards", "Standard", "id", s => s.Id, d => d.Standards, (d, x) => d with { Standards = x },
            // "body" holds the record's JSON, so the standards body is "publisher" here.
            s => [("title", s.Title), ("publisher", s.Body), ("region", s.Region), ("kind", s.Kind), ("published", s.Published),
                  ("url", s.Url), ("note", s.Note)],
            [],
            extraLabel: "Element"),
        new MappingKind(),
        new NodeKind<Provider>(
            "providers", "Provider", "id", p => p.Id, d => d.Providers, (d, x) => d with { Providers = x },
            p => [("name", p.Name), ("region", p.Region), ("note", p.Note)],
            [new("BASED_IN", "Region", "code", p => [new(p.Region)])]),
        new NodeKind<TrainingProgramme>(
            "training programmes", "TrainingProgramme", "id", p => p.Id, d => d.TrainingProgrammes, (d, x) => d with { TrainingProgrammes = x },
            p => [("title", p.Title), ("provider", p.Provider), ("seatsPerYear", p.SeatsPerYear), ("hours", p.Hours),
                  ("delivery", p.Delivery), ("language", p.Language), ("note", p.Note), ("retired", p.Retired)],
            [
                new("OFFERED_BY", "Provider", "id", p => [new(p.Provider)]),
                new("OFFERED_IN", "Region", "code", p => p.Regions.Select(r => new Link(r))),
                new("DEVELOPS", "Competence", "id", p => p.Develops.Select(q => new Link(q.Competence, q.Level)), HasLevel: true),
                new("PREPARES_FOR", "Role", "id", p => p.PreparesFor.Select(r => new Link(r))),
                new("ALIGNED_WITH", "Standard", "id", p => p.AlignedWith.Select(s => new Link(s))),
            ]),
        new NodeKind<DemandEntry>(
            "demand entries", "DemandEntry", "key", e => e.Key, d => d.Demand, (d, x) => d with { Demand = x },
            e => [("region", e.Region), ("role", e.Role), ("year", e.Year), ("openings", e.Openings), ("employed", e.Employed),
                  ("source", e.Source), ("note", e.Note)],
            [
                new("FOR_ROLE", "Role", "id", e => [new(e.Role)]),
                new("IN_REGION", "Region", "code", e => [new(e.Region)]),
            ]),
    ];
}
