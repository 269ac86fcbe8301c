using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;

namespace Nexus.Experiments.Loops;

/// <summary>One world a loop sweep can run on: the proposer kinds and consultation modes it knows, in
/// one place, and how it runs a sweep. Adding a world is one class and one registration in
/// <see cref="LoopSweep.Worlds"/>; no other world's code changes.</summary>
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

/// <summary>The rollouts of one sweep, ready to run through the loop. <see cref="Run"/> may be called from
/// several threads at once: each call is a simulation of its own.</summary>
public interface ILoopRollouts : IDisposable
{
    /// <summary>How many rollouts the sweep has (per proposer, mode and ρ).</summary>
    int Count { get; }

    /// <summary>Rollout <paramref name="rollout"/> through the loop with this proposer, mode and ρ.</summary>
    LoopRecord Run(ProposerSpec proposer, string mode, double rho, int rollout);
}
