using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// Every kind of record, in the order a change set writes them: a kind's links point only at kinds
/// before it (or, for regions, at other regions), so their targets exist when they are drawn.
/// </summary>
internal static class RecordKinds
{
    public static readonly IReadOnlyList<IRecordKind> All = Domain.Model.RecordKinds.Complete<IRecordKind>(
    [
        new NodeKind<Region>(
            Domain.Model.RecordKinds.Regions, "Region", "code",
            r => [("name", r.Name), ("parent", r.Parent), ("note", r.Note)],
            [new("PART_OF", "Region", "code", r => [new(r.Parent)])],
            parent: r => r.Parent),
        new NodeKind<Framework>(
            Domain.Model.RecordKinds.Frameworks, "Framework", "id",
            f => [("name", f.Name), ("version", f.Version), ("publisher", f.Publisher), ("region", f.Region), ("kind", f.Kind),
                  ("source", f.Source), ("note", f.Note)],
            []),
        new NodeKind<Competence>(
            Domain.Model.RecordKinds.Competences, "Competence", "id",
            c => [("framework", c.Framework), ("code", c.Code), ("title", c.Title), ("minLevel", c.MinLevel), ("maxLevel", c.MaxLevel),
                  ("area", c.Area), ("note", c.Note)],
            [new("IN_FRAMEWORK", "Framework", "id", c => [new(c.Framework)])],
            extraLabel: "Element"),
        new NodeKind<Role>(
            Domain.Model.RecordKinds.Roles, "Role", "id",
            r => [("framework", r.Framework), ("title", r.Title), ("summary", r.Summary), ("category", r.Category), ("note", r.Note)],
            [
                new("IN_FRAMEWORK", "Framework", "id", r => [new(r.Framework)]),
                new("REQUIRES", "Competence", "id", r => r.Requires.Select(q => new Link(q.Competence, q.Level)), HasLevel: true),
            ],
            extraLabel: "Element"),
        new NodeKind<Standard>(
            Domain.Model.RecordKinds.Standards, "Standard", "id",
            // "body" holds the record's JSON, so the standards body is "publisher" here.
            s => [("title", s.Title), ("publisher", s.Body), ("region", s.Region), ("kind", s.Kind), ("published", s.Published),
                  ("url", s.Url), ("note", s.Note)],
            [],
            extraLabel: "Element"),
        new MappingKind(),
        new NodeKind<Provider>(
            Domain.Model.RecordKinds.Providers, "Provider", "id",
            p => [("name", p.Name), ("region", p.Region), ("note", p.Note)],
            [new("BASED_IN", "Region", "code", p => [new(p.Region)])]),
        new NodeKind<TrainingProgramme>(
            Domain.Model.RecordKinds.TrainingProgrammes, "TrainingProgramme", "id",
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
            Domain.Model.RecordKinds.Demand, "DemandEntry", "key",
            e => [("region", e.Region), ("role", e.Role), ("year", e.Year), ("openings", e.Openings), ("employed", e.Employed),
                  ("source", e.Source), ("note", e.Note)],
            [
                new("FOR_ROLE", "Role", "id", e => [new(e.Role)]),
                new("IN_REGION", "Region", "code", e => [new(e.Region)]),
            ]),
    ], kind => kind.Kind, "The Neo4j store");
}
