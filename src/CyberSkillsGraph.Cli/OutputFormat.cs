namespace CyberSkillsGraph.Cli;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
