using CyberSkillsGraph.Analysis;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>Runs an analysis and turns its input errors into BAD_USER_INPUT errors that name the argument.</summary>
internal static class AnalysisCall
{
    public static T Run<T>(Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (AnalysisInputException e)
        {
            throw new UserInputError(e.Argument, e.Message[(e.Argument.Length + 2)..]);
        }
    }
}
