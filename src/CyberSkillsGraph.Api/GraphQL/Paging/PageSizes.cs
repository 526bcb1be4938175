namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>How many items a connection returns when first and last are left out, and the most it returns at once.</summary>
public sealed record PageSizes(int Default, int Max)
{
    /// <summary>The page sizes of every connection but trainingProgrammes: large enough that a region tree or a framework's roles fit in one page.</summary>
    public static readonly PageSizes Standard = new(100, 500);

    /// <summary>trainingProgrammes keeps the page sizes it was published with.</summary>
    public static readonly PageSizes Programmes = new(20, 100);

    /// <summary>auditTrail keeps the page sizes it was published with.</summary>
    public static readonly PageSizes Audit = new(50, 500);
}
