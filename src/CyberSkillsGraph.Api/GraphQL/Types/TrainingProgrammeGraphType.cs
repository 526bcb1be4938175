using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class TrainingProgrammeGraphType : ObjectGraphType<TrainingProgramme>
{
    public TrainingProgrammeGraphType()
    {
        Name = "TrainingProgramme";
        Description = "A training programme: where it is offered, its yearly capacity and what it teaches.";
        Interface<NodeGraphType>();
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field(p => p.Title).Description("The programme's title.");
        Field<NonNullGraphType<ProviderGraphType>>("provider").Description("The provider that offers it.").Resolve(c => c.Snapshot().FindProvider(c.Source.Provider));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("Where it is offered, as its record lists them.")
            .Resolve(c => c.Source.Regions.Select(code => c.Snapshot().FindRegion(code)).OfType<Region>());
        Field(p => p.SeatsPerYear).Description("How many people it trains a year.");
        Field(p => p.Hours).Description("Its length in hours.");
        Field<DeliveryModeGraphType>("delivery").Description("How the programme is taught.").Resolve(c => c.Source.Delivery);
        Field(p => p.Language, nullable: true).Description("The language of instruction as a BCP 47 tag, such as ja or en.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("develops").Description("The competences it develops, each at a level.").Resolve(c => c.Source.Develops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("preparesFor")
            .Description("Roles it prepares for, as its record lists them.")
            .Resolve(c => c.Source.PreparesFor.Select(id => c.Snapshot().FindRole(id)).OfType<Role>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("alignedWith")
            .Description("Standards and schemes it is aligned with, such as a certification it prepares for.")
            .Resolve(c => c.Source.AlignedWith.Select(id => c.Snapshot().FindStandard(id)).OfType<Standard>());
        Field(p => p.Note, nullable: true).Description("Remarks on the programme, if any.");
        Field<NonNullGraphType<BooleanGraphType>>("retired").Description("No longer offered; analyses leave it out.").Resolve(c => c.Source.IsRetired);
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("Changes whenever the programme does; send it back with updateTrainingProgramme.")
            .Resolve(c => Domain.Datasets.RecordJson.VersionOf(c.Source));
    }
}
