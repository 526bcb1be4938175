using FsCheck;
using Microsoft.FSharp.Core;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>How every property runs: 300 cases from a fixed seed, so a failure replays identically on every machine.</summary>
internal static class PropertyRun
{
    public const int Cases = 300;

    public static Config Config { get; } = Config.QuickThrowOnFailure
        .WithMaxTest(Cases)
        .WithQuietOnSuccess(true)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20260101UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    public static void Check(Property property) => property.Check(Config);
}
