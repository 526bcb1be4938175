using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>How one kind of record lives in the graph: its Cypher and its parameter rows.</summary>
internal interface IRecordKind
{
    /// <summary>The record kind this stores, as Domain defines it.</summary>
    Domain.Model.IRecordKind Kind { get; }

    /// <summary>A plural noun for messages: "regions".</summary>
    string Name { get; }

    /// <summary>Constraints and indexes, each idempotent.</summary>
    IReadOnlyList<string> SchemaStatements { get; }

    /// <summary>Upserts <c>$rows</c> and returns one row with <c>written</c>, the number of rows stored.</summary>
    string UpsertStatement { get; }

    /// <summary>Reads up to <c>$pageSize</c> records as (recordKey, dataset, body) in key order, after <c>$afterKey</c> unless first.</summary>
    string PageStatement(bool first);

    IEnumerable<KeyedRow> Rows(Dataset dataset);

    Dataset Assign(Dataset dataset, IEnumerable<string> bodies);
}
