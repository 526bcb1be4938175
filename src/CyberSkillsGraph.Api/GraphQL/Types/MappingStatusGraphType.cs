using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class MappingStatusGraphType : EnumerationGraphType<MappingStatus>
{
    public MappingStatusGraphType()
    {
        Name = "MappingStatus";
        Description = "Only approved mappings take part in analysis.";
    }
}
