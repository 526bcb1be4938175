using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SupplierGraphType : ObjectGraphType<SupplierExplanation>
{
    public SupplierGraphType()
    {
        Name = "Supplier";
        Description = "A programme behind a gap row and why it counts.";
        Field<NonNullGraphType<TrainingProgrammeGraphType>>("programme").Description("The programme.").Resolve(c => c.Source.Programme);
        Field<NonNullGraphType<CompetenceGraphType>>("developedCompetence")
            .Description("The competence the programme develops; the needed one itself or one reached through mappings.")
            .Resolve(c => c.Snapshot().FindCompetence(c.Source.DevelopedCompetence));
        Field(s => s.DevelopedLevel).Description("The level at which the programme develops developedCompetence.");
        Field<NonNullGraphType<CoveragePathGraphType>>("path").Description("The mapping path from the needed competence to the developed one.").Resolve(c => c.Source.Path);
        Field(s => s.CountsAsSupply)
            .Description("True when its seats count as supply (offered in the region's subtree, full coverage); false when partial or only accessible from an ancestor region.");
    }
}
