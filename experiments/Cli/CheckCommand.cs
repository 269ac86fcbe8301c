using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Checks;
using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Simulations;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Transactions;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus check</c>: runs a world's check over a bank of seeds, prints every failing seed with
/// its first failing step and the one command that reproduces it, and exits 1 when any seed fails
/// (2 for bad input).</summary>
internal static class CheckCommand
{
    public static Command Create() =>
        new("check", "Check a world over a bank of seeds (against its oracle, or its audit); exit 1 when a seed fails")
        {
            CreateBlackboard(), CreateStorage(), CreateTwoPhaseCommit(),
        };

    private static Command CreateBlackboard()
    {
        var seeds = SeedsOption();
        var profilePath = new Option<FileInfo?>("--profile") { Description = "Target profile (YAML) of depth-2 stores; depth 1 when absent" };
        var swarm = new Option<bool>("--swarm") { Description = "Draw each seed's store faults from the seed (needs --profile)" };
        var defenceOff = DefenceOption(BlackboardDefences.Names);
        var command = new Command("blackboard",
            "The multi-agent workload on the blackboard, every committed step compared with the oracle, for each seed")
        {
            seeds, profilePath, swarm, defenceOff,
        };
        SweepArguments sweep = SweepArguments.AddTo(command);
        command.SetAction(parse =>
        {
            FileInfo? profileFile = parse.GetValue(profilePath);
            TargetProfile? profile = null;
            if (!ReadSeeds(parse.GetValue(seeds)!, out ulong first, out ulong last)
                || !ReadDefences(parse.GetValue(defenceOff), BlackboardDefences.Names, out string[] off)
                || (profileFile is not null && !ProfileFile.TryLoad(profileFile, TargetProfileLoader.Load, out profile)))
            {
                return 2;
            }
            if (parse.GetValue(swarm) && profile is null)
            {
                Console.Error.WriteLine("error: --swarm draws store faults, which need depth-2 stores: give --profile");
                return 2;
            }
            var options = new BlackboardCheckOptions(profile, parse.GetValue(swarm), BlackboardDefences.All.Without(off));
            string flags = (profileFile is null ? "" : $" --profile {profileFile}") + (options.Swarm ? " --swarm" : "")
                + string.Concat(off.Select(name => " --defence-off " + name));
            return CheckSeeds(parse, sweep, new CheckPlan("blackboard", first, last, flags, profileFile?.ToString()), seed =>
            {
                ConformanceReport report = BlackboardCheck.Run(seed, options).Monitor.Report;
                return report.Conforms ? null : $"at step {report.FailingStep} ({report.Action?.GetType().Name}): {report.Difference}";
            });
        });
        return command;
    }

    private static Command CreateStorage()
    {
        var seeds = SeedsOption();
        var profilePath = new Option<FileInfo>("--profile")
        {
            Description = "Target profile (YAML) of the depth-2 stores",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("configs", "profiles", "cf-workers.yaml")),
        };
        var swarm = new Option<bool>("--swarm") { Description = "Draw each seed's store faults from the seed" };
        var defenceOff = DefenceOption(StoreDefences.Names);
        var command = new Command("storage",
            "Session traffic through depth-2 stores under store faults, then an audit of what the stores hold (no lost update, " +
            "every committed record and cursor, staleness within every bound in force), for each seed")
        {
            seeds, profilePath, swarm, defenceOff,
        };
        SweepArguments sweep = SweepArguments.AddTo(command);
        command.SetAction(parse =>
        {
            if (!ReadSeeds(parse.GetValue(seeds)!, out ulong first, out ulong last)
                || !ReadDefences(parse.GetValue(defenceOff), StoreDefences.Names, out string[] off)
                || !ProfileFile.TryLoad(parse.GetValue(profilePath)!, TargetProfileLoader.Load, out TargetProfile? profile))
            {
                return 2;
            }
            bool swarmFaults = parse.GetValue(swarm);
            StoreDefences defences = StoreDefences.All.Without(off);
            string flags = $" --profile {parse.GetValue(profilePath)}" + (swarmFaults ? " --swarm" : "") + string.Concat(off.Select(name => " --defence-off " + name));
            return CheckSeeds(parse, sweep, new CheckPlan("storage", first, last, flags, parse.GetValue(profilePath)!.ToString()), seed =>
            {
                using var trace = new SimTrace();
                var options = new StorageTrafficOptions(seed, profile!) { Swarm = swarmFaults, Defences = defences, RequestsPerWorker = 50 };
                IReadOnlyList<string> violations = StorageTrafficSimulation.Run(options, trace).Violations;
                return violations.Count == 0 ? null : $"{violations.Count} violations, first: {violations[0]}";
            });
        });
        return command;
    }

    private static Command CreateTwoPhaseCommit()
    {
        var seeds = SeedsOption();
        var profilePath = new Option<FileInfo>("--profile")
        {
            Description = "Two-phase-commit profile (YAML)",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("configs", "profiles", "two-phase-commit.yaml")),
        };
        var swarm = new Option<bool>("--swarm") { Description = "Draw every process's crashes from the seed" };
        var defenceOff = DefenceOption(TwoPhaseCommitDefences.Names);
        var command = new Command("two-phase-commit",
            "Four clients' transactions under refusals, losses, timeouts and crashes of the participants and the coordinator; then recovery and the atomicity audit, for each seed")
        {
            seeds, profilePath, swarm, defenceOff,
        };
        SweepArguments sweep = SweepArguments.AddTo(command);
        command.SetAction(parse =>
        {
            if (!ReadSeeds(parse.GetValue(seeds)!, out ulong first, out ulong last)
                || !ReadDefences(parse.GetValue(defenceOff), TwoPhaseCommitDefences.Names, out string[] off)
                || !ProfileFile.TryLoad(parse.GetValue(profilePath)!, TwoPhaseCommitProfileLoader.Load, out TwoPhaseCommitProfile? profile))
            {
                return 2;
            }
            var options = new TwoPhaseCommitCheckOptions(profile!, parse.GetValue(swarm), TwoPhaseCommitDefences.All.Without(off));
            string flags = $" --profile {parse.GetValue(profilePath)}" + (options.Swarm ? " --swarm" : "") + string.Concat(off.Select(name => " --defence-off " + name));
            return CheckSeeds(parse, sweep, new CheckPlan("two-phase-commit", first, last, flags, parse.GetValue(profilePath)!.ToString()), seed =>
            {
                List<string> violations = TwoPhaseCommitCheck.Run(seed, options).AtomicityViolations();
                return violations.Count == 0 ? null : $"{violations.Count} atomicity violations, first: {violations[0]}";
            });
        });
        return command;
    }

    private static Option<string> SeedsOption() =>
        new("--seeds") { Description = "Seed range, first-last (e.g. 1-200)", DefaultValueFactory = _ => "1-200" };

    internal static Option<string[]> DefenceOption(IReadOnlyList<string> names) => new("--defence-off")
    {
        Description = "Switch a defence off (" + string.Join(", ", names) + "); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    private static bool ReadSeeds(string text, out ulong first, out ulong last)
    {
        if (SeedRange.TryParse(text, out first, out last) && last - first < CheckPlan.SeedsMax)
        {
            return true;
        }
        Console.Error.WriteLine($"error: --seeds must be a range first-last with first <= last, at most {CheckPlan.SeedsMax} seeds, got '{text}'");
        return false;
    }

    internal static bool ReadDefences(string[]? given, IReadOnlyList<string> known, out string[] off)
    {
        off = given ?? [];
        if (off.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            Console.Error.WriteLine($"error: --defence-off: unknown defence '{unknown}' (known: {string.Join(", ", known)})");
            return false;
        }
        return true;
    }

    /// <summary>Runs <paramref name="check"/> (null: passed; otherwise what failed) for every seed of the
    /// plan (or of its shard), with progress; prints the report (each failure and its reproducing command)
    /// and writes it into the output directory when one is given; returns the exit code: 1 when a seed
    /// failed, except for a shard, whose report is its shard file.</summary>
    private static int CheckSeeds(ParseResult parse, SweepArguments sweep, CheckPlan plan, Func<ulong, string?> check)
    {
        Shard? shard = SweepOptions.ReadShard(parse, sweep.Shard);
        DirectoryInfo? directory = parse.GetValue(sweep.OutputDirectory);
        if (shard is not null && directory is null)
        {
            throw new OptionError("--shard writes a shard file: give --output-dir");
        }
        var progress = new ProgressReporter(Console.IsErrorRedirected, "seeds");
        IReadOnlyList<string?> failures = SweepExecutor.Run(plan.Units, unit => check(plan.Seed(unit)), shard, parse.GetValue(sweep.Workers), progress.Report);
        progress.Finish();
        if (shard is null)
        {
            Console.Write(plan.Report(failures));
        }
        if (directory is not null)
        {
            Console.WriteLine("wrote " + string.Join(", ", plan.Finish(failures, shard, directory.FullName)));
        }
        return shard is null && failures.Any(failure => failure is not null) ? 1 : 0;
    }

    /// <summary>The sweep options every check takes.</summary>
    private sealed record SweepArguments(Option<DirectoryInfo?> OutputDirectory, Option<string?> Shard, Option<int> Workers)
    {
        public static SweepArguments AddTo(Command command)
        {
            var arguments = new SweepArguments(
                new Option<DirectoryInfo?>("--output-dir") { Description = "Also write the report, CHECK-WORLD.txt, here (or the shard file, with --shard)" },
                SweepOptions.Shard(), SweepOptions.Workers());
            command.Options.Add(arguments.OutputDirectory);
            command.Options.Add(arguments.Shard);
            command.Options.Add(arguments.Workers);
            return arguments;
        }
    }
}
