using CyberSkillsGraph.Analysis;

namespace CyberSkillsGraph.Cli;

/// <summary>Turns an analysis's complaint about its input into a usage error that names the option.</summary>
internal static class AnalysisArguments
{
    public static T Run<T>(Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (AnalysisInputException e)
        {
            throw new UsageException("--" + Kebab(e.Argument) + e.Message[e.Argument.Length..]);
        }
    }

    private static string Kebab(string argument) => argument == "maxHops" ? "max-hops" : argument;
}
