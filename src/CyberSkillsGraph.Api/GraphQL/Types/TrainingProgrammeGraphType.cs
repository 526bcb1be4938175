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
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Title);
        Field<NonNullGraphType<ProviderGraphType>>("provider").Resolve(c => c.Snapshot().FindProvider(c.Source.Provider));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Resolve(c => c.Source.Regions.Select(code => c.Snapshot().FindRegion(code)).OfType<Region>());
        Field(p => p.SeatsPerYear);
        Field(p => p.Hours);
        Field<DeliveryModeGraphType>("delivery").Description("How the programme is taught.").Resolve(c => c.Source.Delivery);
        Field(p => p.Language, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("develops").Resolve(c => c.Source.Develops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("preparesFor")
            .Resolve(c => c.Source.PreparesFor.Select(id => c.Snapshot().FindRole(id)).OfType<Role>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("alignedWith")
            .Resolve(c => c.Source.AlignedWith.Select(id => c.Snapshot().FindStandard(id)).OfType<Standard>());
        Field(p => p.Note, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("retired").Description("No longer offered; analyses leave it out.").Resolve(c => c.Source.IsRetired);
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("Changes whenever the programme does; send it back with updateTrainingProgramme.")
            .Resolve(c => Domain.Datasets.RecordJson.VersionOf(c.Source));
    }
}
