using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Checks;
using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus check</c>: runs a world's check over a bank of seeds, prints every failing seed with
/// its first failing step and the one command that reproduces it, and exits 1 when any seed fails
/// (2 for bad input).</summary>
internal static class CheckCommand
{
    public static Command Create() => new("check", "Check a world against its oracle over a bank of seeds; exit 1 when a seed fails") { CreateBlackboard() };

    private static Command CreateBlackboard()
    {
        var seeds = new Option<string>("--seeds") { Description = "Seed range, first-last (e.g. 1-200)", DefaultValueFactory = _ => "1-200" };
        var profilePath = new Option<FileInfo?>("--profile") { Description = "Target profile (YAML) of depth-2 stores; depth 1 when absent" };
        var swarm = new Option<bool>("--swarm") { Description = "Draw each seed's store faults from the seed (needs --profile)" };
        var defenceOff = new Option<string[]>("--defence-off")
        {
            Description = "Switch a defence off (" + string.Join(", ", BlackboardDefences.Names) + "); repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var blackboard = new Command("blackboard",
            "The multi-agent workload on the blackboard, every committed step compared with the oracle, for each seed")
        {
            seeds, profilePath, swarm, defenceOff,
        };
        blackboard.SetAction(parse =>
        {
            if (!SeedRange.TryParse(parse.GetValue(seeds)!, out ulong first, out ulong last))
            {
                Console.Error.WriteLine($"error: --seeds must be a range first-last with first <= last, got '{parse.GetValue(seeds)}'");
                return 2;
            }
            string[] off = parse.GetValue(defenceOff) ?? [];
            if (off.FirstOrDefault(name => !BlackboardDefences.Names.Contains(name)) is { } unknown)
            {
                Console.Error.WriteLine($"error: --defence-off: unknown defence '{unknown}' (known: {string.Join(", ", BlackboardDefences.Names)})");
                return 2;
            }
            FileInfo? profileFile = parse.GetValue(profilePath);
            if (parse.GetValue(swarm) && profileFile is null)
            {
                Console.Error.WriteLine("error: --swarm draws store faults, which need depth-2 stores: give --profile");
                return 2;
            }
            TargetProfile? profile = null;
            if (profileFile is not null)
            {
                if (!profileFile.Exists)
                {
                    Console.Error.WriteLine($"error: --profile: no such file '{profileFile.FullName}'");
                    return 2;
                }
                try
                {
                    profile = TargetProfileLoader.Load(profileFile.FullName);
                }
                catch (ConfigError error)
                {
                    Console.Error.WriteLine($"error: {error.Message}");
                    return 2;
                }
            }
            var options = new BlackboardCheckOptions(profile, parse.GetValue(swarm), BlackboardDefences.All.Without(off));
            string flags = (profileFile is null ? "" : $" --profile {profileFile}") + (options.Swarm ? " --swarm" : "")
                + string.Concat(off.Select(name => " --defence-off " + name));
            int failed = 0;
            ulong count = last - first + 1;
            for (ulong seed = first; ; seed++)
            {
                ConformanceReport report = BlackboardCheck.Run(seed, options).Monitor.Report;
                if (!report.Conforms)
                {
                    failed++;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"seed {seed} failed at step {report.FailingStep} ({report.Action?.GetType().Name}): {report.Difference}"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reproduce: nexus check blackboard --seeds {seed}-{seed}{flags}"));
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
        });
        return blackboard;
    }
}
