using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class FrameworkCategoryGraphType : ObjectGraphType<FrameworkCategory>
{
    public FrameworkCategoryGraphType()
    {
        Name = "FrameworkCategory";
        Description = "A group of roles within a framework, such as a NICE work role category.";
        Field(c => c.Code).Description("The category's code, which Role.category holds.");
        Field(c => c.Name).Description("The category's name.");
    }
}
