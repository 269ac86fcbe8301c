using System.Diagnostics;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Experiments.Benchmarks;

/// <summary><c>nexus bench loop</c>: rollout steps per second of the loop with the null proposer and full
/// consultation at ρ = 1 (every step consults the oracle and measures divergence), on pre-generated
/// weighted rollouts. The reference implementation's rate, when the command is given its benchmark
/// script, is measured in the same run (<see cref="ReferenceLoop"/>).</summary>
public static class LoopBenchmark
{
    private const int Passes = 5;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>Steps per second and bytes per step on <paramref name="hosts"/> hosts, <paramref name="steps"/>
    /// steps per rollout, <paramref name="rollouts"/> rollouts per pass: the pass of median speed out of
    /// five timed after a second of untimed passes (so that the measured code is the optimized code).</summary>
    public static (double StepsPerSecond, double BytesPerStep) Measure(int hosts, int steps, int rollouts)
    {
        NetworkConfig config = NetworkConfig.Scaled(hosts, 3);
        NetAction[][] actions = [.. Enumerable.Range(0, rollouts).Select(seed =>
            NetworkRollout.Run(config, "weighted", 100 + seed, steps).Select(step => step.Action).ToArray())];
        NetworkState initial = NetworkState.Initial(config);
        var proposer = new NullProposer();
        var policy = ConsultationPolicies.FixedInterval(1.0);
        void Pass()
        {
            foreach (NetAction[] rollout in actions)
            {
                LoopRunner.Run(proposer, initial, rollout, policy, steps, ConsultMode.Full);
            }
        }
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < WarmUp)
        {
            Pass();
        }
        Measurement[] passes = [.. Enumerable.Range(0, Passes).Select(_ => Measurement.Of((long)rollouts * steps, Pass)).OrderBy(pass => pass.EventsPerSecond)];
        Measurement median = passes[Passes / 2];
        return (median.EventsPerSecond, median.BytesPerEvent);
    }
}
