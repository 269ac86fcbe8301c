using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Benchmarks;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus bench</c> and its subcommands.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var events = new Option<long>("--events") { Description = "Events timed per round and configuration", DefaultValueFactory = _ => 4_000_000 }.Within(1_000L, 1_000_000_000L);
        var rounds = new Option<int>("--rounds") { Description = "Rounds per configuration; the best is kept", DefaultValueFactory = _ => 3 }.Within(1, 1_000);
        var seed = new Option<ulong>("--seed") { Description = "Seed of the exponential draws", DefaultValueFactory = _ => 1 };
        var engine = new Command("engine",
            "Hold-model benchmark of the event queue (16 to 1,048,576 pending) and of async processes on the " +
            "virtual runtime (M = 16 to 65,536), each beside .NET's PriorityQueue measured in this process. " +
            "Run it in Release: dotnet run -c Release --project experiments -- bench engine")
        {
            events, rounds, seed,
        };
        engine.SetAction(parse =>
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,10} {2,14} {3,14} {4,7} {5,12}",
                "benchmark", "size", "events/s", "baseline ev/s", "ratio", "bytes/event"));
            EngineBenchmark.Run(parse.GetValue(events), parse.GetValue(rounds), parse.GetValue(seed), row =>
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,10} {2,14:N0} {3,14:N0} {4,7:F2} {5,12:F3}",
                    row.Name, row.Pending, row.EventsPerSecond, row.BaselineEventsPerSecond, row.Ratio, row.BytesPerEvent)));
            return 0;
        });
        return new Command("bench", "Benchmarks that print a ratio against a baseline measured in the same run") { engine, CreateStorage(), CreateServe(), CreateBlackboard(), CreateLoop(), CreateLearned() };
    }

    private static Command CreateServe()
    {
        var profilePath = new Option<FileInfo>("--profile") { Description = "Target profile of the server", DefaultValueFactory = _ => ProfileFile.Committed("local") };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 64 }.Within(1, 10_000);
        var seconds = new Option<double>("--seconds") { Description = "Real seconds of load", DefaultValueFactory = _ => 10 }.Within(0.1, 3600);
        var requests = new Option<long>("--requests") { Description = "At most this many operations", DefaultValueFactory = _ => 5_000_000 }.Within(1, long.MaxValue);
        var serve = new Command("serve",
            "A load test of nexus serve on loopback, server and clients in this process: clients mixing reads, writes and " +
            "compare-and-swaps for a bounded time and number of requests, then an audit that every acknowledged write reads back; " +
            "throughput and latency percentiles beside bare HTTP requests to the same server in the same run. Run it in Release.")
        {
            profilePath, clients, seconds, requests,
        };
        serve.SetAction(parse =>
        {
            var profile = ProfileFile.Load(parse.GetValue(profilePath)!, TargetProfileLoader.Load);
            int clientCount = parse.GetValue(clients);
            var duration = TimeSpan.FromSeconds(parse.GetValue(seconds));
            long requestsMax = parse.GetValue(requests);
            return Task.Run(async () =>
            {
                await using Boundary.Server.StoreServer server = await Boundary.Server.StoreServer.StartAsync(new Boundary.Server.StoreServerOptions(profile));
                double bare = await Boundary.Server.LoadTest.BareRequestsPerSecondAsync(server.Address, clientCount, duration, requestsMax);
                Boundary.Server.LoadResult load = await Boundary.Server.LoadTest.RunAsync(server.Address, clientCount, duration, requestsMax, seed: 1);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "{0} clients, {1:F1} s, {2}: {3:N0} operations ({4:N0} failed), {5:N0} ops/s, p50 {6:F2} ms, p99 {7:F2} ms; " +
                    "bare HTTP {8:N0} requests/s, ratio {9:F3}; {10:N0} acknowledged writes and {11:N0} counter increments audited, {12} lost",
                    clientCount, load.Elapsed.TotalSeconds, profile.Name, load.Operations, load.Failures, load.PerSecond,
                    load.Median.TotalMilliseconds, load.P99.TotalMilliseconds, bare, load.PerSecond / bare, load.AckedWrites, load.CounterWins, load.Lost.Count));
                foreach (string line in load.Lost)
                {
                    Console.WriteLine("lost: " + line);
                }
                return load.Lost.Count == 0 ? 0 : 1;
            }).GetAwaiter().GetResult();
        });
        return serve;
    }

    private static Command CreateStorage()
    {
        var profilePath = new Option<FileInfo>("--profile") { Description = "Target profile", DefaultValueFactory = _ => ProfileFile.Committed("cf-workers") };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients of the throughput benchmark", DefaultValueFactory = _ => 1000 }.Within(1, 1_000_000);
        var operations = new Option<int>("--operations") { Description = "Operations per client", DefaultValueFactory = _ => 3000 }.Within(3, 100_000_000);
        var workers = new Option<int>("--workers") { Description = "Workers of the simulation-speed benchmark", DefaultValueFactory = _ => 100 }.Within(1, 1_000_000);
        var rates = new Option<string>("--rates") { Description = $"Requests per second per worker, comma-separated, each in (0, {RateMax}]; each request is a session of 5 store operations", DefaultValueFactory = _ => "1,2,5,10" };
        var simulated = new Option<double>("--simulated-seconds") { Description = "Virtual time the simulation-speed benchmark covers", DefaultValueFactory = _ => 600 }.Within(0.001, 1e6);
        var comparison = new BaselineOptions();
        var storage = new Command("storage",
            "Depth-2 store operations per second through the emulated boundary beside depth 1 in the same run, and " +
            "simulated seconds per wall-clock second for workers serving session requests; with --baseline, each beside an " +
            "earlier commit's code measured in the same rounds. Run it in Release.")
        {
            profilePath, clients, operations, workers, rates, simulated, comparison.Baseline, comparison.Rounds,
        };
        storage.SetAction(parse =>
        {
            FileInfo profileFile = parse.GetValue(profilePath)!;
            string rateList = parse.GetValue(rates)!;
            double[] requestRates = Rates(rateList);
            var profile = ProfileFile.Load(profileFile, TargetProfileLoader.Load);
            using BaselineBuild? build = comparison.Build(parse); // after every check of the input: a build takes minutes
            var options = new StorageBenchOptions(profile, parse.GetValue(clients), parse.GetValue(operations),
                parse.GetValue(workers), requestRates, Engine.Time.SimDuration.FromSeconds(parse.GetValue(simulated)), parse.GetValue(comparison.Rounds),
                ["bench", "storage", "--profile", profileFile.FullName, "--clients", Invariant(parse.GetValue(clients)),
                    "--operations", Invariant(parse.GetValue(operations)), "--workers", Invariant(parse.GetValue(workers)), "--rates", rateList,
                    "--simulated-seconds", parse.GetValue(simulated).ToString("R", CultureInfo.InvariantCulture)]);
            StorageBenchRounds.Run(options, build, parse.GetValue(comparison.Baseline), Console.WriteLine, BaselineOptions.Progress);
            return 0;
        });
        return storage;
    }

    /// <summary>The highest request rate per worker <c>bench storage --rates</c> takes.</summary>
    private const double RateMax = 1000;

    /// <summary>The <c>--rates</c> list, read whole before any benchmark runs.</summary>
    private static double[] Rates(string text) => [.. text.Split(',').Select(item =>
        double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate > 0 && rate <= RateMax
            ? rate
            : throw new OptionError(string.Create(CultureInfo.InvariantCulture, $"--rates takes numbers in (0, {RateMax}] separated by commas, got '{item}'")))];

    private static Command CreateBlackboard()
    {
        var profilePath = new Option<FileInfo>("--profile") { Description = "Target profile of depth 2", DefaultValueFactory = _ => ProfileFile.Committed("cf-workers") };
        var workers = new Option<int>("--workers") { Description = "Workers serving the blackboard", DefaultValueFactory = _ => 4 }.Within(1, 1_000);
        var agents = new Option<int>("--agents") { Description = "Concurrent agents", DefaultValueFactory = _ => 16 }.Within(2, 10_000);
        var actions = new Option<int>("--actions") { Description = "Actions per agent", DefaultValueFactory = _ => 200 }.Within(1, 1_000_000);
        var facts = new Option<int>("--facts")
        {
            Description = "The largest committed state, in Facts, at which the cost of a commit is measured (powers of ten from 1,000 up to it)",
            DefaultValueFactory = _ => 1_000_000,
        }.Within(CommitSizeMin, 10_000_000);
        var comparison = new BaselineOptions();
        var blackboard = new Command("blackboard",
            "Operations per wall-clock second through the blackboard served by several workers, at depth 1 and at depth 2, " +
            "beside the same workload on one worker in the same run; then the cost of one commit as the committed state grows " +
            "from 1,000 Facts to --facts, and its ratio to the cost at 1,000; with --baseline, each beside an earlier commit's " +
            "code measured in the same rounds. Run it in Release.")
        {
            profilePath, workers, agents, actions, facts, comparison.Baseline, comparison.Rounds,
        };
        blackboard.SetAction(parse =>
        {
            FileInfo profileFile = parse.GetValue(profilePath)!;
            var sizes = new List<int>();
            for (int size = CommitSizeMin; size <= parse.GetValue(facts); size *= 10)
            {
                sizes.Add(size);
            }
            var profile = ProfileFile.Load(profileFile, TargetProfileLoader.Load);
            using BaselineBuild? build = comparison.Build(parse); // after every check of the input: a build takes minutes
            var options = new BlackboardBenchOptions(profile, parse.GetValue(workers), parse.GetValue(agents),
                parse.GetValue(actions), sizes, CommitSample, parse.GetValue(comparison.Rounds),
                ["bench", "blackboard", "--profile", profileFile.FullName, "--workers", Invariant(parse.GetValue(workers)),
                    "--agents", Invariant(parse.GetValue(agents)), "--actions", Invariant(parse.GetValue(actions)), "--facts", Invariant(parse.GetValue(facts))]);
            BlackboardBenchRounds.Run(options, build, parse.GetValue(comparison.Baseline), Console.WriteLine, BaselineOptions.Progress);
            return 0;
        });
        return blackboard;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The smallest committed state at which <c>bench blackboard</c> times a commit.</summary>
    private const int CommitSizeMin = 1_000;

    /// <summary>Commits timed at each size.</summary>
    private const int CommitSample = 5_000;

    private static Command CreateLoop()
    {
        var reference = new Option<FileInfo>("--reference")
        {
            Description = "The reference implementation's loop benchmark (a script printing 'TOOL loop HOSTS STEPS_PER_SECOND' lines), " +
                "run after Nexus's in this run to give the ratio; without it no ratio is printed",
        };
        var python = new Option<string>("--python") { Description = "Interpreter of the --reference script", DefaultValueFactory = _ => "python3" };
        var loop = new Command("loop",
            "Rollout steps per second of the propose -> verify -> correct loop (null proposer, full consultation, rho = 1) " +
            "at 5 hosts (T = 24) and 200 hosts (T = 100), and with --reference the reference implementation's rate measured " +
            "in the same run, and the ratio. Run it in Release.")
        {
            reference, python,
        };
        loop.SetAction(parse =>
        {
            FileInfo? script = parse.GetValue(reference);
            string interpreter = parse.GetValue(python)!;
            if (script is not null)
            {
                ReferenceLoop.Require(script);
            }
            (int Hosts, int Steps, int Rollouts)[] cases = [(5, 24, 20_000), (200, 100, 1_000)];
            var measured = cases.Select(@case => LoopBenchmark.Measure(@case.Hosts, @case.Steps, @case.Rollouts)).ToArray();
            if (script is not null)
            {
                Console.Error.WriteLine($"measuring the reference: {interpreter} {script.Name}");
            }
            IReadOnlyDictionary<int, double>? rates = script is null
                ? null
                : ReferenceLoop.Measure(script, interpreter, [.. cases.Select(@case => @case.Hosts)]);
            for (int i = 0; i < cases.Length; i++)
            {
                var (rate, bytes) = measured[i];
                string comparison = rates?[cases[i].Hosts] is not double referenceRate
                    ? "no reference measured (--reference)"
                    : string.Format(CultureInfo.InvariantCulture, "reference {0:N0} steps/s in this run; ratio {1:F1}x", referenceRate, rate / referenceRate);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "{0,4} hosts, T = {1,3}: {2,12:N0} steps/s; {3}; {4:N0} bytes allocated per step",
                    cases[i].Hosts, cases[i].Steps, rate, comparison, bytes));
            }
            return 0;
        });
        return loop;
    }

    private static Command CreateLearned()
    {
        var learned = new Command("learned",
            "Trains the learned network-world proposer on 40 seeds (every driver, 200 steps) and reports its one-step " +
            "delta-exact accuracy on 20 held-out seeds beside the rules, null and oracle-backed proposers.");
        learned.SetAction(_ =>
        {
            var config = Worlds.NetworkWorld.NetworkConfig.Scaled(5, 3);
            int[] heldOut = [.. Enumerable.Range(1000, 20)];
            var proposers = new (string Name, Oracle.NetworkWorld.Loop.IProposer Proposer)[]
            {
                ("learned", Oracle.NetworkWorld.Loop.LearnedProposer.Train(config, Enumerable.Range(1, 40), 200)),
                ("rules", new Oracle.NetworkWorld.Loop.RuleProposer()),
                ("null", new Oracle.NetworkWorld.Loop.NullProposer()),
                ("oracle-backed", new Oracle.NetworkWorld.Loop.OracleBackedProposer()),
            };
            foreach (var (name, proposer) in proposers)
            {
                double accuracy = Oracle.NetworkWorld.Loop.LearnedProposer.OneStepAccuracy(proposer, config, heldOut, 200);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14} one-step accuracy on held-out seeds: {1:F4}", name, accuracy));
            }
            return 0;
        });
        return learned;
    }
}
