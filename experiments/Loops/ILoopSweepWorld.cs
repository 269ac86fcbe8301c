using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Loops;

/// <summary>One world a loop sweep can run on: the proposer kinds and consultation modes it knows, in
/// one place, and how it runs a sweep. Adding a world is one class and one registration in
/// <see cref="LoopSweepWorlds.All"/>; no other world's code changes.</summary>
public interface ILoopSweepWorld
{
    /// <summary>The world's name in configs (<c>world:</c>).</summary>
    string Name { get; }

    /// <summary>The proposer kinds this world can build, in the order error messages list them.</summary>
    IReadOnlyList<string> ProposerKinds { get; }

    /// <summary>The consultation modes this world supports.</summary>
    IReadOnlyList<string> Modes { get; }

    /// <summary>Reads this world's own section of a sweep config (the section named like the world),
    /// rejecting unknown keys and values there.</summary>
    LoopWorldSize ReadSize(ConfigSection section);

    /// <summary>The sweep's rollouts, each generated (and each proposer trained or started) when first needed.</summary>
    ILoopRollouts Prepare(LoopSweepConfig config);
}

