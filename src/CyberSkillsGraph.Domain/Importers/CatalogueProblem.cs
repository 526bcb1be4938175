namespace CyberSkillsGraph.Domain.Importers;

/// <summary>One thing wrong with a training catalogue: the 1-based row (the header is row 1), the column name (null for the whole row or file) and what.</summary>
public sealed record CatalogueProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
