namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// One thing wrong with a dataset document: where (a JSON path such as
/// <c>$.roles[3].requires[1].level</c>) and what. <see cref="Document"/> names the file when
/// several documents are checked together.
/// </summary>
public sealed record DatasetProblem(string Path, string Message, string? Document = null)
{
    public override string ToString() =>
        Document is null ? $"{Path}: {Message}" : $"{Document} {Path}: {Message}";
}
