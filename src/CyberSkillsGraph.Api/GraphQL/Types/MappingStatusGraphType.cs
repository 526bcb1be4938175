using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingStatusGraphType : EnumerationGraphType<MappingStatus>
{
    public MappingStatusGraphType()
    {
        Name = "MappingStatus";
        Description = "Only approved mappings take part in analysis.";
        this.Describe("PROPOSED", "Waits for another account's approval; analyses leave it out unless asked for a preview.");
        this.Describe("APPROVED", "Reviewed and in force; analyses follow it.");
    }
}
