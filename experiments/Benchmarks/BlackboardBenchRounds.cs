using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Benchmarks;

/// <summary>What <c>nexus bench blackboard</c> asks for: the workload, the largest committed state at
/// which a commit is timed, the rounds, and the command line that runs one round of the same, on the
/// baseline build and on this one.</summary>
public sealed record BlackboardBenchOptions(TargetProfile Profile, int Workers, int Agents, int ActionsPerAgent, IReadOnlyList<int> CommitSizes,
    int CommitSample, int Rounds, IReadOnlyList<string> Arguments);

/// <summary><c>nexus bench blackboard</c>'s measurements, in rounds beside the baseline (<see cref="BaselineRounds"/>).</summary>
public static class BlackboardBenchRounds
{
    /// <summary>Runs the rounds; <paramref name="print"/> gets the result lines (this build's, then the
    /// comparison), <paramref name="progress"/> each step.</summary>
    public static void Run(BlackboardBenchOptions options, BaselineBuild? baseline, string? revision, Action<string> print, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(print);
        ArgumentNullException.ThrowIfNull(progress);
        if (baseline is not null)
        {
            var (then, now) = BaselineRounds.Apart(options.Rounds, baseline, options.Arguments, progress);
            BlackboardBenchLines.BestLines(now).ToList().ForEach(print);
            BaselineComparison.Lines(baseline.Commit, revision ?? baseline.Commit, BlackboardBenchLines.Best(then), BlackboardBenchLines.Best(now)).ToList().ForEach(print);
            return;
        }
        (string Name, TargetProfile? Target)[] depths = [("depth 1", null), ("depth 2 (" + options.Profile.Name + ")", options.Profile)];
        var throughput = new Dictionary<string, (Measurement Measured, long Lost, Measurement OneWorker)>(StringComparer.Ordinal);
        var commits = new SortedDictionary<int, Measurement>();
        BlackboardBenchmark.Run(options.Profile, options.Workers, options.Agents, Math.Min(options.ActionsPerAgent, 20), 1); // warm up
        CommitScaling.Run([options.CommitSizes[0]], options.CommitSample, _ => { }); // the first size is timed on tiered code too
        BaselineRounds.InProcess(options.Rounds, progress, () =>
        {
            foreach ((string name, TargetProfile? target) in depths)
            {
                var (oneWorker, _) = BlackboardBenchmark.Run(target, 1, options.Agents, options.ActionsPerAgent, 1);
                var (measured, lost) = BlackboardBenchmark.Run(target, options.Workers, options.Agents, options.ActionsPerAgent, 1);
                throughput[name] = throughput.TryGetValue(name, out var best)
                    ? (Measurement.Faster(best.Measured, measured), lost, Measurement.Faster(best.OneWorker, oneWorker))
                    : (measured, lost, oneWorker);
            }
            foreach ((int facts, Measurement perCommit) in CommitScaling.Run(options.CommitSizes, options.CommitSample, line => progress(line)))
            {
                commits[facts] = commits.TryGetValue(facts, out Measurement best) ? Measurement.Faster(best, perCommit) : perCommit;
            }
        });
        foreach ((string name, _) in depths)
        {
            var (measured, lost, oneWorker) = throughput[name];
            print(BlackboardBenchLines.Throughput(name, options.Agents, options.Workers, measured, lost, oneWorker));
        }
        KeyValuePair<int, Measurement> smallest = commits.First();
        commits.Select(commit => BlackboardBenchLines.Commit(commit.Key, commit.Value, smallest.Key, smallest.Value)).ToList().ForEach(print);
    }
}
