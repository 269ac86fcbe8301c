using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;

namespace Nexus.Experiments.Loops;

/// <summary>The rollouts of one sweep, ready to run through the loop. <see cref="Run"/> may be called from
/// several threads at once: each call is a simulation of its own.</summary>
public interface ILoopRollouts : IDisposable
{
    /// <summary>How many rollouts the sweep has (per proposer, mode and ρ).</summary>
    int Count { get; }

    /// <summary>Rollout <paramref name="rollout"/> through the loop with this proposer, mode and ρ.</summary>
    LoopRecord Run(ProposerSpec proposer, string mode, double rho, int rollout);
}
