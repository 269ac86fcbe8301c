using System.CommandLine;
using System.Globalization;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Output;
using Nexus.Experiments.Sharding;
using Nexus.Experiments.Simulations;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus simulate</c> and its subcommands.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var seed = new Option<ulong>("--seed") { Description = "The run's seed: with the other options it fixes the run exactly", Required = true };
        var nodes = new Option<int>("--nodes") { Description = "Nodes in the network", DefaultValueFactory = _ => 5 }.Within(2, 1_000);
        var messages = Messages();
        var swarm = new Option<bool>("--swarm") { Description = "Draw the run's faults from the seed instead of the fixed plan" };
        var tracePath = new Option<FileInfo?>("--trace") { Description = "Write the trace (one JSON line per event) to this file" };
        var check = new Option<bool>("--check-determinism") { Description = "Run twice and compare the traces line by line" };
        var network = new Command("network",
            "Random traffic in every delivery mode over an emulated network under faults; prints the faults, the counters and the fingerprint")
        {
            seed, nodes, messages, swarm, tracePath, check,
        };
        network.SetAction(parse =>
        {
            var options = new MessageTrafficOptions(parse.GetValue(seed))
            {
                NodeCount = parse.GetValue(nodes),
                MessagesPerNode = parse.GetValue(messages),
                Swarm = parse.GetValue(swarm),
            };
            if (parse.GetValue(check))
            {
                DeterminismReport report = DeterminismCheck.Run(trace => MessageTrafficSimulation.Run(options, trace));
                Console.WriteLine(report);
                return report.Identical ? 0 : 1;
            }
            FileInfo? file = parse.GetValue(tracePath);
            MessageTrafficResult result = file is null ? RunUntraced(options) : RunTraced(options, file);
            Print(options, result);
            return 0;
        });
        return new Command("simulate", "Run seeded simulations: one, printing its fingerprint, or a sweep into a CSV")
        {
            network, CreateStorage(seed, swarm, check), CreateSweep(),
        };
    }

    private static Command CreateStorage(Option<ulong> seed, Option<bool> swarm, Option<bool> check)
    {
        var profilePath = new Option<FileInfo>("--profile")
        {
            Description = "Target profile (YAML) of the depth-2 stores",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("configs", "profiles", "cf-workers.yaml")),
        };
        var workers = new Option<int>("--workers") { Description = "Workers serving requests concurrently", DefaultValueFactory = _ => 8 }.Within(1, 10_000);
        var requests = new Option<int>("--requests") { Description = "Requests each worker serves", DefaultValueFactory = _ => 100 }.Within(0, 100_000);
        var storage = new Command("storage",
            "Session traffic through the depth-2 stores under store faults (a fixed plan, or the seed's swarm mix); prints the faults, the counters and the fingerprint")
        {
            seed, profilePath, workers, requests, swarm, check,
        };
        storage.SetAction(parse =>
        {
            FileInfo profileFile = parse.GetValue(profilePath)!;
            Worlds.Storage.Profiles.TargetProfile profile = ProfileFile.Load(profileFile, TargetProfileLoader.Load);
            var options = new StorageTrafficOptions(parse.GetValue(seed), profile)
            {
                Workers = parse.GetValue(workers),
                RequestsPerWorker = parse.GetValue(requests),
                Swarm = parse.GetValue(swarm),
            };
            if (parse.GetValue(check))
            {
                DeterminismReport report = DeterminismCheck.Run(trace => StorageTrafficSimulation.Run(options, trace));
                Console.WriteLine(report);
                return report.Identical ? 0 : 1;
            }
            using var trace = new SimTrace();
            StorageTrafficResult result = StorageTrafficSimulation.Run(options, trace);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {options.Seed}, {options.Profile.Name}, {options.Workers} workers, {options.RequestsPerWorker} requests each, {(options.Swarm ? "swarm" : "fixed plan")}"));
            foreach (string line in result.Faults)
            {
                Console.WriteLine(line);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"committed {result.Committed}, lost arbitration {result.LostArbitration}, failed and retried {result.Failed}, stale reads {result.StaleReads}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ended at {result.EndTime.TotalSeconds:R} s after {result.StepCount} events, {result.TraceEventCount} trace lines"));
            Console.WriteLine($"fingerprint {result.Fingerprint}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reproduce: {Invocation.Nexus} simulate storage --seed {options.Seed} --profile {profileFile} --workers {options.Workers} --requests {options.RequestsPerWorker}{(options.Swarm ? " --swarm" : "")}"));
            return 0;
        });
        return storage;
    }

    private static Command CreateSweep()
    {
        var seeds = new Option<string>("--seeds") { Description = "Seed range, first-last (e.g. 1-20)", DefaultValueFactory = _ => "1-20" };
        var messages = Messages();
        var output = new Option<FileInfo>("--output") { Description = "CSV file to write (replaced only when the sweep completes)", Required = true };
        var shard = SweepOptions.Shard();
        var workers = SweepOptions.Workers();
        var sweep = new Command("network-sweep", "The network traffic simulation for every seed of a range, fixed plan and swarm, one CSV row per run " +
            "(with --shard, the shard file goes beside --output)")
        {
            seeds, messages, output, shard, workers,
        };
        sweep.SetAction(parse =>
        {
            string range = parse.GetValue(seeds)!;
            (ulong first, ulong last) = SeedRange.Read(range, MessageTrafficSweep.SeedsMax);
            FileInfo file = parse.GetValue(output)!;
            Shard? part = SweepOptions.ReadShard(parse, shard);
            OutputPlace.RequireWritableFile(file.ToString(), "--output");
            var plan = new MessageTrafficSweep(first, last, parse.GetValue(messages), file.Name);
            var progress = new ProgressReporter(Console.IsErrorRedirected, "seeds");
            IReadOnlyList<IReadOnlyList<MessageTrafficRow>?> results = SweepExecutor.Run(plan.Units, plan.RunUnit, part, parse.GetValue(workers), progress.Report);
            progress.Finish();
            Console.WriteLine($"wrote {string.Join(", ", plan.Finish(results, part, file.DirectoryName!))}");
            return 0;
        });
        return sweep;
    }

    /// <summary>Messages each node sends: one option, one bound, for the run and the sweep alike.</summary>
    private static Option<int> Messages() =>
        new Option<int>("--messages") { Description = "Messages each node sends", DefaultValueFactory = _ => 200 }.Within(0, 100_000);

    private static MessageTrafficResult RunUntraced(MessageTrafficOptions options)
    {
        using var trace = new SimTrace();
        return MessageTrafficSimulation.Run(options, trace);
    }

    private static MessageTrafficResult RunTraced(MessageTrafficOptions options, FileInfo file) =>
        AtomicFile.Write(file.FullName, stream =>
        {
            using var trace = new SimTrace(stream);
            return MessageTrafficSimulation.Run(options, trace);
        });

    private static void Print(MessageTrafficOptions options, MessageTrafficResult result)
    {
        var s = result.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {options.Seed}, {options.NodeCount} nodes, {options.MessagesPerNode} messages per node, {(options.Swarm ? "swarm" : "fixed plan")}"));
        foreach (string line in result.Faults)
        {
            Console.WriteLine(line);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {s.MessagesSent}, delivered {s.MessagesDelivered}, transmissions {s.Transmissions}, retransmissions {s.Retransmissions}, " +
            $"dropped: loss {s.DroppedByLoss}, partition {s.DroppedByPartition}, crash {s.DroppedByCrash}, probability {s.DroppedByProbability}; " +
            $"duplicated {s.Duplicated}, duplicates discarded {s.DuplicatesDiscarded}, abandoned {s.Abandoned}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ended at {result.EndTime.TotalSeconds:R} s after {result.StepCount} events, {result.TraceEventCount} trace lines"));
        Console.WriteLine($"fingerprint {result.Fingerprint}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reproduce: {Invocation.Nexus} simulate network --seed {options.Seed} --nodes {options.NodeCount} --messages {options.MessagesPerNode}{(options.Swarm ? " --swarm" : "")}"));
    }
}
