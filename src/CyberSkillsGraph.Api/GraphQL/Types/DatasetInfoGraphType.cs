using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DatasetInfoGraphType : ObjectGraphType<DatasetInfo>
{
    public DatasetInfoGraphType()
    {
        Name = "Dataset";
        Description = "A loaded dataset and where its records come from.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.Title);
        Field(d => d.Source);
        Field(d => d.Licence, nullable: true);
        Field(d => d.Note, nullable: true);
    }
}
