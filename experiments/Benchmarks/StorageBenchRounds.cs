using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Benchmarks;

/// <summary>What <c>nexus bench storage</c> asks for: the workloads, the rounds, and the command line
/// that runs one round of the same, on the baseline build and on this one.</summary>
public sealed record StorageBenchOptions(TargetProfile Profile, int Clients, int OperationsPerClient, int Workers, IReadOnlyList<double> Rates,
    SimDuration Simulated, int Rounds, IReadOnlyList<string> Arguments);

/// <summary><c>nexus bench storage</c>'s measurements, in rounds beside the baseline (<see cref="BaselineRounds"/>).</summary>
public static class StorageBenchRounds
{
    /// <summary>Runs the rounds; <paramref name="print"/> gets the result lines (this build's, then the
    /// comparison), <paramref name="progress"/> each step.</summary>
    public static void Run(StorageBenchOptions options, BaselineBuild? baseline, string? revision, Action<string> print, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(print);
        ArgumentNullException.ThrowIfNull(progress);
        if (baseline is not null)
        {
            var (baselineOutputs, currentOutputs) = BaselineRounds.Apart(options.Rounds, baseline, options.Arguments, progress);
            StorageBenchLines.BestLines(currentOutputs).ToList().ForEach(print);
            IReadOnlyDictionary<string, Measurement> now = StorageBenchLines.Best(currentOutputs);
            IReadOnlyDictionary<string, Measurement> then = StorageBenchLines.Best(baselineOutputs);
            print(BaselineComparison.Header(baseline.Commit, revision ?? baseline.Commit));
            print(BaselineComparison.Ratio(StorageBenchLines.Operations, now[StorageBenchLines.Operations], then, "ops/s", "bytes per op"));
            foreach (string key in options.Rates.Select(StorageBenchLines.SpeedAt))
            {
                print(BaselineComparison.Ratio(key, now[key], then, "simulated s per wall s", "bytes per store op"));
            }
            return;
        }
        var best = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        Measurement depth1 = default;
        var loads = new Dictionary<double, double>();
        StorageBenchmark.OperationsPerSecond(options.Profile, options.Clients, Math.Min(options.OperationsPerClient, 300), 1); // warm up
        BaselineRounds.InProcess(options.Rounds, progress, () =>
        {
            depth1 = Measurement.Faster(depth1, StorageBenchmark.OperationsPerSecond(null, options.Clients, options.OperationsPerClient, 1));
            var measured = new Dictionary<string, Measurement>(StringComparer.Ordinal)
            {
                [StorageBenchLines.Operations] = StorageBenchmark.OperationsPerSecond(options.Profile, options.Clients, options.OperationsPerClient, 1),
            };
            foreach (double rate in options.Rates)
            {
                var (speed, load, bytes) = StorageBenchmark.SimulationSpeed(options.Profile, options.Workers, rate, options.Simulated, 1);
                measured[StorageBenchLines.SpeedAt(rate)] = new Measurement(speed, bytes);
                loads[rate] = load;
            }
            Measurement.KeepFaster(best, measured);
        });
        print(StorageBenchLines.OperationsLine(options.Profile.Name, options.Clients, best[StorageBenchLines.Operations], depth1));
        foreach (double rate in options.Rates)
        {
            print(StorageBenchLines.SpeedLine(options.Profile.Name, options.Workers, rate, loads[rate], best[StorageBenchLines.SpeedAt(rate)]));
        }
    }
}
