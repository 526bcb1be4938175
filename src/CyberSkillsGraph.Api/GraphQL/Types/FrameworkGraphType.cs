using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class FrameworkGraphType : ObjectGraphType<Framework>
{
    public FrameworkGraphType()
    {
        Name = "Framework";
        Description = "A role framework, competence framework or qualification.";
        Interface<NodeGraphType>();
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's id, unique across every kind of entity.");
        Field(f => f.Name).Description("The framework's name as its publisher gives it.");
        Field(f => f.Version, nullable: true).Description("The version or edition of the framework, if it has one.");
        Field(f => f.Publisher, nullable: true).Description("The body that publishes it, such as ENISA, NIST or IPA.");
        Field<RegionGraphType>("region").Description("The region it was made for; null for an international framework.").Resolve(c => c.Source.Region is { } r ? c.Snapshot().FindRegion(r) : null);
        Field(f => f.Kind, type: typeof(NonNullGraphType<FrameworkKindGraphType>)).Description("What the framework describes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FrameworkCategoryGraphType>>>>("categories")
            .Description("The groups its roles fall into, as the framework record lists them.")
            .Resolve(c => c.Source.Categories);
        this.Connection<Framework, CompetenceGraphType>("competences", PageSizes.Standard)
            .Description("The framework's competences, by id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.FrameworkIndex(c.Source.Id);
                return Connections.Slice<Competence>(c, index < 0 ? [] : [.. snapshot.CompetencesByFramework[index].Select(i => snapshot.Competences[i])], x => x.Id, orderedByKey: true);
            });
        this.Connection<Framework, RoleGraphType>("roles", PageSizes.Standard)
            .Description("The framework's roles, by id.")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var index = snapshot.FrameworkIndex(c.Source.Id);
                return Connections.Slice<Role>(c, index < 0 ? [] : [.. snapshot.RolesByFramework[index].Select(i => snapshot.Roles[i])], r => r.Id, orderedByKey: true);
            });
        Field(f => f.Source, nullable: true).Description("Where the framework is published.");
        Field(f => f.Note, nullable: true).Description("Remarks on the framework or how it was loaded, if any.");
    }
}
