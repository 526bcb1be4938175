using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The payload of a mutation that writes one record: the record as stored, so that clients' caches update, and the user errors.</summary>
public abstract class WritePayloadGraphType<TGraphType, T> : ObjectGraphType<WritePayload<T>> where TGraphType : IGraphType where T : class
{
    protected WritePayloadGraphType(string mutation, string entityField, string entityDescription)
    {
        Name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload";
        Description = $"The result of {mutation}: the record as stored, or userErrors and nothing written.";
        Field<TGraphType>(entityField).Description(entityDescription + " Null when nothing was written.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors")
            .Description("Why nothing was written, each pointing at the input field it is about; empty on success.").Resolve(c => c.Source.UserErrors);
    }
}
