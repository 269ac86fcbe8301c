using System.CommandLine;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Checks;
using Nexus.Experiments.Sharding;
using Nexus.Experiments.Simulations;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Transactions;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus check</c>: runs a world's check over a bank of seeds, prints every failing seed with
/// its first failing step and the one command that reproduces it, and exits 1 when any seed fails
/// (2 for bad input). Every world's subcommand takes the same options; what differs is described by a
/// <see cref="CheckedWorld"/>.</summary>
internal static class CheckCommand
{
    /// <summary>The worlds <c>nexus check</c> checks, in the order its help lists them.</summary>
    private static readonly CheckedWorld[] Worlds =
    [
        new("blackboard", "The multi-agent workload on the blackboard, every committed step compared with the oracle, for each seed",
            "Target profile (YAML) of depth-2 stores; depth 1 when absent", null,
            "Draw each seed's store faults from the seed (needs --profile)", BlackboardDefences.Names,
            (profile, swarm, off) =>
            {
                var target = profile is null ? null : ProfileFile.Load(profile, TargetProfileLoader.Load);
                if (swarm && target is null)
                {
                    throw new OptionError("--swarm draws store faults, which need depth-2 stores: give --profile");
                }
                var options = new BlackboardCheckOptions(target, swarm, BlackboardDefences.All.Without(off));
                return seed =>
                {
                    ConformanceReport report = BlackboardCheck.Run(seed, options).Monitor.Report;
                    return report.Conforms ? null : $"at step {report.FailingStep}{(report.Action is null ? "" : " (" + report.Action.GetType().Name + ")")}: {report.Difference}";
                };
            }),
        new("storage", "Session traffic through depth-2 stores under store faults, then an audit of what the stores hold (no lost update, " +
            "every committed record and cursor, staleness within every bound in force), for each seed",
            "Target profile (YAML) of the depth-2 stores", Path.Combine("configs", "profiles", "cf-workers.yaml"),
            "Draw each seed's store faults from the seed", StoreDefences.Names,
            (profile, swarm, off) =>
            {
                var target = ProfileFile.Load(profile!, TargetProfileLoader.Load);
                StoreDefences defences = StoreDefences.All.Without(off);
                return seed =>
                {
                    using var trace = new SimTrace();
                    var options = new StorageTrafficOptions(seed, target) { Swarm = swarm, Defences = defences, RequestsPerWorker = 50 };
                    IReadOnlyList<string> violations = StorageTrafficSimulation.Run(options, trace).Violations;
                    return violations.Count == 0 ? null : $"{violations.Count} violations, first: {violations[0]}";
                };
            }),
        new("two-phase-commit", "Four clients' transactions under refusals, losses, timeouts and crashes of the participants and the " +
            "coordinator; then recovery and the atomicity audit, for each seed",
            "Two-phase-commit profile (YAML)", Path.Combine("configs", "profiles", "two-phase-commit.yaml"),
            "Draw every process's crashes from the seed", TwoPhaseCommitDefences.Names,
            (profile, swarm, off) =>
            {
                var options = new TwoPhaseCommitCheckOptions(ProfileFile.Load(profile!, TwoPhaseCommitProfileLoader.Load), swarm, TwoPhaseCommitDefences.All.Without(off));
                return seed =>
                {
                    List<string> violations = TwoPhaseCommitCheck.Run(seed, options).AtomicityViolations();
                    return violations.Count == 0 ? null : $"{violations.Count} atomicity violations, first: {violations[0]}";
                };
            }),
    ];

    public static Command Create()
    {
        var check = new Command("check", "Check a world over a bank of seeds (against its oracle, or its audit); exit 1 when a seed fails");
        foreach (CheckedWorld world in Worlds)
        {
            check.Subcommands.Add(Subcommand(world));
        }
        return check;
    }

    /// <summary>One world's subcommand: seeds, profile, swarm, defences off, and the sweep options.</summary>
    private static Command Subcommand(CheckedWorld world)
    {
        var seeds = new Option<string>("--seeds") { Description = "Seed range, first-last (e.g. 1-200)", DefaultValueFactory = _ => "1-200" };
        var profilePath = new Option<FileInfo?>("--profile") { Description = world.ProfileDescription };
        if (world.DefaultProfile is string path)
        {
            profilePath.DefaultValueFactory = _ => new FileInfo(path);
        }
        var swarm = new Option<bool>("--swarm") { Description = world.SwarmDescription };
        var defenceOff = DefenceOptions.Create(world.Defences);
        var outputDirectory = new Option<DirectoryInfo?>("--output-dir") { Description = "Also write the report, CHECK-WORLD.txt, here (or the shard file, with --shard)" };
        Option<string?> shardOption = SweepOptions.Shard();
        Option<int> workers = SweepOptions.Workers();
        var command = new Command(world.Name, world.Description) { seeds, profilePath, swarm, defenceOff, outputDirectory, shardOption, workers };
        command.OnlyWith(shardOption, outputDirectory, "a shard file needs a folder to go to");
        command.SetAction(parse =>
        {
            (ulong first, ulong last) = SeedRange.Read(parse.GetValue(seeds)!, CheckSweep.SeedsMax);
            string[] off = DefenceOptions.Read(parse.GetValue(defenceOff), world.Defences);
            FileInfo? profile = parse.GetValue(profilePath);
            bool swarmFaults = parse.GetValue(swarm);
            Func<ulong, string?> checkSeed = world.Prepare(profile, swarmFaults, off);
            string flags = (profile is null ? "" : $" --profile {profile}") + (swarmFaults ? " --swarm" : "") + string.Concat(off.Select(name => " --defence-off " + name));
            var plan = new CheckSweep(world.Name, first, last, flags, profile?.ToString());

            Shard? shard = SweepOptions.ReadShard(parse, shardOption);
            DirectoryInfo? directory = parse.GetValue(outputDirectory);
            if (directory is not null)
            {
                OutputPlace.RequireWritableDirectory(directory.ToString(), "--output-dir");
            }
            var progress = new ProgressReporter(Console.IsErrorRedirected, "seeds");
            IReadOnlyList<string?> failures = SweepExecutor.Run(plan.Units, unit => checkSeed(plan.Seed(unit)), shard, parse.GetValue(workers), progress.Report);
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
        });
        return command;
    }

    /// <summary>What <c>nexus check WORLD</c> needs to know of a world: its name and help, its profile
    /// option (required with a default path, or optional when <paramref name="DefaultProfile"/> is null),
    /// its swarm, its defences, and how to check one seed given the profile file, the swarm flag and the
    /// defences off (null: the seed passed; otherwise what failed).</summary>
    private sealed record CheckedWorld(string Name, string Description, string ProfileDescription, string? DefaultProfile,
        string SwarmDescription, IReadOnlyList<string> Defences, Func<FileInfo?, bool, string[], Func<ulong, string?>> Prepare);
}
