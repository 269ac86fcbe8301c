using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Boundary.Server;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus serve --profile FILE</c>: the stores of a depth-2 target behind a real HTTP
/// boundary on loopback, shaped by the profile, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var profilePath = new Option<FileInfo>("--profile") { Description = "Target profile (YAML) that shapes every request", Required = true };
        var port = new Option<int>("--port") { Description = "Loopback port to listen on (0: any free one)", DefaultValueFactory = _ => 8787 }.Within(0, 65535);
        var seed = new Option<ulong>("--seed") { Description = "Seed of the latency, refusal, conflict and staleness draws", DefaultValueFactory = _ => 1 };
        var timeScale = new Option<double>("--time-scale") { Description = "Real seconds per simulated second: 0.1 serves the profile's latencies ten times faster", DefaultValueFactory = _ => 1 }.Within(1e-6, 1e6);
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "On exit, write everything the stores hold to this file (JSON)" };
        var restore = new Option<FileInfo?>("--restore") { Description = "Start from a snapshot written by --snapshot" };
        var defences = DefenceOptions.Create([.. StoreDefences.Names, .. BlackboardDefences.Names]);
        var blackboard = new Option<bool>("--blackboard")
        {
            Description = "Host a blackboard over the stores and serve its remote API (POST /exchange, /intents, ...) instead of the stores' routes",
        };
        var workers = new Option<int>("--workers") { Description = "Workers of the served blackboard", DefaultValueFactory = _ => 4 }.Within(1, 64);
        var serve = new Command("serve",
            "Serve the key-value, blob and object stores and the commit channel over HTTP on loopback, every request shaped " +
            "by the profile as at depth 2 (docs/serve.md). Ctrl-C stops it, after the requests in flight.")
        {
            profilePath, port, seed, timeScale, snapshot, restore, blackboard, workers, defences,
        };
        serve.OnlyWith(workers, blackboard, "only a served blackboard has workers");
        serve.SetAction(parse =>
        {
            TargetProfile profile = ProfileFile.Load(parse.GetValue(profilePath)!, TargetProfileLoader.Load);
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
            var options = new StoreServerOptions(profile, parse.GetValue(port), parse.GetValue(seed), parse.GetValue(timeScale))
            {
                Defences = StoreDefences.All.Without([.. off.Where(StoreDefences.Names.Contains)]),
                Blackboard = servesBlackboard
                    ? new BlackboardServing(parse.GetValue(workers), BlackboardDefences.All.Without([.. off.Where(BlackboardDefences.Names.Contains)]))
                    : null,
                Restore = parse.GetValue(restore) is { } from ? StoreSnapshot.Read(from.FullName) : null,
            };
            return RunAsync(options, parse.GetValue(profilePath)!.ToString(), parse.GetValue(snapshot)?.FullName).GetAwaiter().GetResult();
        });
        return serve;
    }

    private static async Task<int> RunAsync(StoreServerOptions options, string profileName, string? snapshotPath)
    {
        await using StoreServer server = await StoreServer.StartAsync(options);
        string what = options.Blackboard is { } blackboard ? $"a blackboard of {blackboard.Workers} workers over {profileName}" : profileName;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serving {what} at {server.Address} (seed {options.Seed}, time scale {options.TimeScale}); Ctrl-C stops"));
        await server.WaitForShutdownAsync();
        StoreSnapshot held = await server.StopAsync();
        Console.WriteLine("stopped; answered " + server.Counts.Describe());
        if (snapshotPath is not null)
        {
            held.Write(snapshotPath);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {snapshotPath}: {held.KeyValue.Count} key-value keys, {held.Blobs.Count} blobs, {held.Objects.Count} objects"));
        }
        return 0;
    }
}
