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
            return CheckSeeds("blackboard", first, last, flags, seed =>
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
            return CheckSeeds("storage", first, last, flags, seed =>
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
            return CheckSeeds("two-phase-commit", first, last, flags, seed =>
            {
                List<string> violations = TwoPhaseCommitCheck.Run(seed, options).AtomicityViolations();
                return violations.Count == 0 ? null : $"{violations.Count} atomicity violations, first: {violations[0]}";
            });
        });
        return command;
    }

    private static Option<string> SeedsOption() =>
        new("--seeds") { Description = "Seed range, first-last (e.g. 1-200)", DefaultValueFactory = _ => "1-200" };

    private static Option<string[]> DefenceOption(IReadOnlyList<string> names) => new("--defence-off")
    {
        Description = "Switch a defence off (" + string.Join(", ", names) + "); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    private static bool ReadSeeds(string text, out ulong first, out ulong last)
    {
        if (SeedRange.TryParse(text, out first, out last))
        {
            return true;
        }
        Console.Error.WriteLine($"error: --seeds must be a range first-last with first <= last, got '{text}'");
        return false;
    }

    private static bool ReadDefences(string[]? given, IReadOnlyList<string> known, out string[] off)
    {
        off = given ?? [];
        if (off.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            Console.Error.WriteLine($"error: --defence-off: unknown defence '{unknown}' (known: {string.Join(", ", known)})");
            return false;
        }
        return true;
    }

    /// <summary>Runs <paramref name="check"/> (null: passed; otherwise what failed) for every seed, with
    /// progress; prints each failure and its reproducing command; returns the exit code.</summary>
    private static int CheckSeeds(string world, ulong first, ulong last, string flags, Func<ulong, string?> check)
    {
        int failed = 0;
        ulong count = last - first + 1;
        for (ulong seed = first; ; seed++)
        {
            if (check(seed) is { } failure)
            {
                failed++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed} failed {failure}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reproduce: nexus check {world} --seeds {seed}-{seed}{flags}"));
            }
            ulong done = seed - first + 1;
            if (done % 10 == 0 || done == count)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {done}/{count} seeds, {failed} failed"));
            }
            if (seed == last)
            {
                break;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {count} seeds: {failed} failed"));
        return failed == 0 ? 0 : 1;
    }
}
