using CyberSkillsGraph.Domain.Datasets;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ProblemGraphType : ObjectGraphType<DatasetProblem>
{
    public ProblemGraphType()
    {
        Name = "Problem";
        Description = "Something wrong with a document: where (a JSON path) and what.";
        Field(p => p.Path).Description("Where in the document: a JSON path, or a line and column for SSSOM.");
        Field(p => p.Message).Description("What is wrong, in English.");
    }
}
