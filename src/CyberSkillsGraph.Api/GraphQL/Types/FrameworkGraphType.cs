using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class FrameworkGraphType : ObjectGraphType<Framework>
{
    public FrameworkGraphType()
    {
        Name = "Framework";
        Description = "A role framework, competence framework or qualification.";
        Interface<NodeGraphType>();
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(f => f.Name);
        Field(f => f.Version, nullable: true);
        Field(f => f.Publisher, nullable: true);
        Field<RegionGraphType>("region").Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(f => f.Kind).Description("role-framework, competence-framework or qualification.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FrameworkCategoryGraphType>>>>("categories").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceGraphType>>>>("competences")
            .Description("The framework's competences, by id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.FrameworkIndex(c.Source.Id);
                return index < 0 ? [] : snapshot.CompetencesByFramework[index].Select(i => snapshot.Competences[i]);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("The framework's roles, by id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.FrameworkIndex(c.Source.Id);
                return index < 0 ? [] : snapshot.RolesByFramework[index].Select(i => snapshot.Roles[i]);
            });
        Field(f => f.Source, nullable: true).Description("Where the framework is published.");
        Field(f => f.Note, nullable: true);
    }
}
