using FsCheck;
using Microsoft.FSharp.Core;

namespace Nexus.Tests;

/// <summary>How the property tests run FsCheck: a fixed number of cases replayed from a fixed seed, so
/// every run of the suite checks the same cases and a failure names the case that fails.</summary>
internal static class PropertyReplay
{
    /// <summary><paramref name="cases"/> cases from the seed (<paramref name="seed"/>, <paramref name="gamma"/>), throwing on the first failure.</summary>
    public static Config Of(int cases, ulong seed, ulong gamma) => Config.QuickThrowOnFailure.WithMaxTest(cases)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
}
