namespace CyberSkillsGraph.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int Usage = 2;
}
