using System.CommandLine;
using System.Globalization;
using System.Net;
using Nexus.Experiments.Boundary.Server;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus serve --profile FILE</c>: the stores of a depth-2 target behind a real HTTP
/// boundary, shaped by the profile and suffering the plan's or the seed's faults, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var profilePath = new Option<FileInfo?>("--profile") { Description = "Target profile (YAML) that shapes every request; required unless --stores" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free one)", DefaultValueFactory = _ => 8787 }.Within(0, 65535);
        var seed = new Option<ulong>("--seed") { Description = "Seed of the latency, refusal, conflict and staleness draws, and of --swarm's faults", DefaultValueFactory = _ => 1 };
        var timeScale = new Option<double>("--time-scale") { Description = "Real seconds per simulated second: 0.1 serves the profile's latencies ten times faster", DefaultValueFactory = _ => 1 }.Within(1e-6, 1e6);
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "On exit, write everything the stores hold to this file (JSON)" };
        var restore = new Option<FileInfo?>("--restore") { Description = "Start from a snapshot written by --snapshot" };
        var swarm = new Option<bool>("--swarm") { Description = "Draw the stores' faults (outages, timeout storms, latency spikes, staleness windows) from the seed, and print them" };
        var faults = new Option<FileInfo?>("--faults") { Description = "Fault windows on the stores from a YAML file (configs/faults/), in seconds of the server's clock" };
        var listen = new Option<string>("--listen") { Description = "Address to listen on; beyond loopback only with --token-file", DefaultValueFactory = _ => "127.0.0.1" };
        var tokenFile = TokenFile.Create("File whose first line is the bearer token every request must carry (Authorization: Bearer TOKEN); others get 401");
        var defences = DefenceOptions.Create([.. StoreDefences.Names, .. BlackboardDefences.Names]);
        var blackboard = new Option<bool>("--blackboard")
        {
            Description = "Host a blackboard over the stores and serve its remote API (POST /exchange, /intents, ...) instead of the stores' routes",
        };
        var workers = new Option<int>("--workers") { Description = "Workers of the served blackboard", DefaultValueFactory = _ => 4 }.Within(1, 64);
        var hints = new Option<string[]>("--hint") { Description = "A Hint rule the served blackboard's operator adds at start (max-intents-per-agent-per-second:2, ...); repeatable" };
        var stores = new Option<string?>("--stores") { Description = "The served blackboard's stores are those of the store server at this address (a nexus serve, or the Worker on workerd)" };
        var serve = new Command("serve",
            "Serve the key-value, blob and object stores and the commit channel over HTTP, every request shaped " +
            "by the profile as at depth 2 (docs/serve.md). Ctrl-C stops it, after the requests in flight.")
        {
            profilePath, port, seed, timeScale, snapshot, restore, swarm, faults, listen, tokenFile, blackboard, workers, hints, stores, defences,
        };
        serve.OnlyWith(workers, blackboard, "only a served blackboard has workers");
        serve.OnlyWith(hints, blackboard, "only a served blackboard has Hints");
        serve.OnlyWith(stores, blackboard, "another server's stores serve only a blackboard");
        serve.NotWith(stores, "the stores are the other server's, shaped and faulted there", profilePath, snapshot, restore, swarm, faults);
        serve.NotWith(swarm, "the faults are drawn from the seed or read from a file", faults);
        serve.SetAction(parse =>
        {
            if (parse.GetValue(profilePath) is null && parse.GetValue(stores) is null)
            {
                throw new OptionError("--profile: required (or, with --blackboard, --stores)");
            }
            if (parse.GetValue(snapshot) is FileInfo snapshotFile)
            {
                // Checked at start: found only at Ctrl-C, the stores' contents would be lost.
                OutputPlace.RequireWritableFile(snapshotFile.ToString(), "--snapshot");
            }
            string[] off = DefenceOptions.Read(parse.GetValue(defences), [.. StoreDefences.Names, .. BlackboardDefences.Names]);
            bool servesBlackboard = parse.GetValue(blackboard);
            if (!servesBlackboard && off.FirstOrDefault(BlackboardDefences.Names.Contains) is string misplaced)
            {
                throw new OptionError($"--defence-off: '{misplaced}' is a defence of the blackboard: add --blackboard");
            }
            string[] rules = parse.GetValue(hints) ?? [];
            if (rules.FirstOrDefault(rule => !HintRule.TryParse(rule, out _)) is string unknown)
            {
                throw new OptionError($"--hint: '{unknown}' is not a Hint rule (known: {HintRule.Forms})");
            }
            var options = new StoreServerOptions(parse.GetValue(profilePath) is { } profile ? ProfileFile.Load(profile, TargetProfileLoader.Load) : null,
                parse.GetValue(port), parse.GetValue(seed), parse.GetValue(timeScale))
            {
                Defences = StoreDefences.All.Without([.. off.Where(StoreDefences.Names.Contains)]),
                Blackboard = servesBlackboard
                    ? new BlackboardServing(parse.GetValue(workers), BlackboardDefences.All.Without([.. off.Where(BlackboardDefences.Names.Contains)])) { Hints = rules }
                    : null,
                Restore = parse.GetValue(restore) is { } from ? StoreSnapshot.Read(from.FullName) : null,
                Stores = parse.GetValue(stores) is string address ? ServerAddress.Parse(address, "--stores") : null,
                Swarm = parse.GetValue(swarm),
                Faults = parse.GetValue(faults) is { } plan ? ProfileFile.Load(plan, path => StoreFaultPlanLoader.Load(path, StoreServerOptions.FaultTarget), "--faults") : null,
                Listen = IPAddress.TryParse(parse.GetValue(listen), out IPAddress? ip) ? ip : throw new OptionError($"--listen: not an IP address: '{parse.GetValue(listen)}'"),
                Token = TokenFile.Read(parse.GetValue(tokenFile)),
            };
            if (!IPAddress.IsLoopback(options.Listen) && options.Token is null)
            {
                throw new OptionError($"--listen {options.Listen}: listening beyond loopback needs --token-file, so that every request must carry the token");
            }
            return RunAsync(options, parse.GetValue(profilePath)?.ToString() ?? "the stores of " + options.Stores, parse.GetValue(snapshot)?.FullName).GetAwaiter().GetResult();
        });
        return serve;
    }

    private static async Task<int> RunAsync(StoreServerOptions options, string storesName, string? snapshotPath)
    {
        await using StoreServer server = await StoreServer.StartAsync(options);
        foreach (string line in server.Faults)
        {
            Console.WriteLine(line);
        }
        string what = options.Blackboard is { } blackboard ? $"a blackboard of {blackboard.Workers} workers over {storesName}" : storesName;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serving {what} at {server.Address} (seed {options.Seed}, time scale {options.TimeScale}); Ctrl-C stops"));
        await server.WaitForShutdownAsync();
        StoreSnapshot? held = await server.StopAsync();
        Console.WriteLine("stopped; answered " + server.Counts.Describe());
        if (snapshotPath is not null && held is not null)
        {
            held.Write(snapshotPath);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {snapshotPath}: {held.KeyValue.Count} key-value keys, {held.Blobs.Count} blobs, {held.Objects.Count} objects"));
        }
        return 0;
    }
}
