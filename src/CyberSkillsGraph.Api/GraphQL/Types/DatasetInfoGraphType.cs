using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DatasetInfoGraphType : ObjectGraphType<DatasetInfo>
{
    public DatasetInfoGraphType()
    {
        Name = "Dataset";
        Description = "A loaded dataset and where its records come from.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The dataset's id, as its document names it.");
        Field(d => d.Title).Description("The dataset's title.");
        Field(d => d.Source).Description("Where its records come from.");
        Field(d => d.Licence, nullable: true).Description("The licence its records are published under, if known.");
        Field(d => d.Note, nullable: true).Description("Remarks on the dataset, if any.");
    }
}
