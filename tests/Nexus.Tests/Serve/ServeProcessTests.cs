using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Server;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary><c>nexus serve</c> as researchers run it: a process of its own, contended by client
/// processes, stopped with Ctrl-C, restarted from its snapshot.</summary>
[NonParallelizable]
public sealed class ServeProcessTests
{
    private const int Clients = 6;
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-serve-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Client_processes_swapping_one_key_from_one_state_have_exactly_one_winner()
    {
        (RunningNexus server, Uri address) = RunningNexus.Serve("--profile", "configs/profiles/cf-workers.yaml", "--seed", "7");
        using (server)
        {
            for (int round = 0; round < 2; round++)
            {
                string[] answers = Contend(address, "head-" + round);
                Assert.That(answers.Count(answer => answer == "won"), Is.EqualTo(1), "round " + round + ": " + string.Join(", ", answers));
                Assert.That(answers.Where(answer => answer != "won"), Is.All.AnyOf("lost", "conflict", "unavailable"));
            }
        }
    }

    [Test]
    public void Without_per_key_serialization_the_same_contention_has_several_winners()
    {
        (RunningNexus server, Uri address) = RunningNexus.Serve("--profile", "configs/profiles/cf-workers.yaml", "--seed", "7",
            "--defence-off", "per-key-serialization");
        using (server)
        {
            // Two swaps win only when their compares both land before either write, inside one round trip.
            // A loaded machine can start the clients' requests further apart than that, so rounds go on
            // (a bounded number) until one shows several winners; with the defence on, none ever may.
            var winners = new List<int>();
            for (int round = 0; round < 12 && winners.DefaultIfEmpty().Max() <= 1; round++)
            {
                winners.Add(Contend(address, "head-" + round).Count(answer => answer == "won"));
            }
            Assert.That(winners.Max(), Is.GreaterThan(1), "winners per round: " + string.Join(", ", winners));
        }
    }

    [Test]
    public void Ctrl_C_stops_the_server_after_writing_its_snapshot_and_restore_starts_from_it()
    {
        string snapshot = Path.Combine(_directory, "stores.json");
        (RunningNexus first, Uri address) = RunningNexus.Serve("--profile", "configs/profiles/local.yaml", "--snapshot", snapshot);
        using (first)
        {
            ServedStores.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = address };
                StoreSet stores = HttpStores.Connect(http, TimeSpan.FromSeconds(5));
                Assert.That((await stores.KeyValue.SetAsync("greeting", "hello")).IsOk, Is.True);
                Assert.That((await stores.Blob.PutAsync("reports/1", new byte[] { 0, 1, 255 })).IsOk, Is.True);
                Assert.That((await stores.Object.PutStateAsync("head", "", "f1")).Require(), Is.True);
            });
            first.Interrupt();
            (int exitCode, string output) = first.WaitForExit();
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("stopped; answered 200: 3").And.Contain("1 key-value keys, 1 blobs, 1 objects"));
        }
        StoreSnapshot held = StoreSnapshot.Read(snapshot);
        Assert.That((held.KeyValue["greeting"], held.Blobs["reports/1"], held.Objects["head"]), Is.EqualTo(("hello", new byte[] { 0, 1, 255 }, "f1")));

        // cf-workers: a restored value is visible at once, not after the stale window.
        (RunningNexus second, Uri again) = RunningNexus.Serve("--profile", "configs/profiles/cf-workers.yaml", "--restore", snapshot);
        using (second)
        {
            ServedStores.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = again };
                StoreSet stores = HttpStores.Connect(http, TimeSpan.FromSeconds(5));
                Assert.That(await Retried(() => stores.KeyValue.GetAsync("greeting")), Is.EqualTo("hello"));
                Assert.That(await Retried(() => stores.Blob.GetAsync("reports/1")), Is.EqualTo(new byte[] { 0, 1, 255 }));
                Assert.That(await Retried(() => stores.Object.GetStateAsync("head")), Is.EqualTo("f1"));
            });
            second.Interrupt();
            Assert.That(second.WaitForExit().ExitCode, Is.Zero);
        }
    }

    [Test]
    public void A_snapshot_that_is_not_one_is_refused_naming_the_file()
    {
        string bad = Path.Combine(_directory, "bad.json");
        File.WriteAllText(bad, "{\"format\":\"other\"}");
        using var server = new RunningNexus("serve", "--port", "0", "--profile", "configs/profiles/local.yaml", "--restore", bad);
        (int exitCode, string output) = server.WaitForExit();
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output.Trim(), Does.StartWith("error: " + bad + ": not a store snapshot"));
    }

    /// <summary><see cref="Clients"/> client processes, each connected and waiting, released at once
    /// to swap <paramref name="key"/> from absent to their own state; their answers.</summary>
    private static string[] Contend(Uri address, string key)
    {
        RunningNexus[] clients = [.. Enumerable.Range(0, Clients).Select(i => new RunningNexus("client", "cas", "--server", address.ToString(),
            "--key", key, "--expected", "", "--new", "client-" + i, "--timeout-ms", "5000", "--start-on-input"))];
        try
        {
            foreach (RunningNexus client in clients)
            {
                Assert.That(client.ReadLine(), Is.EqualTo("ready"));
            }
            foreach (RunningNexus client in clients)
            {
                client.WriteLine("go");
            }
            return [.. clients.Select(client => client.ReadLine())];
        }
        finally
        {
            foreach (RunningNexus client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>A read's value, asked again while the target refuses it (cf-workers refuses one in a thousand).</summary>
    private static async Task<T> Retried<T>(Func<ValueTask<StoreResult<T>>> read) =>
        (await StoreRetry.UntilOkAsync(read, static attempt => attempt(), attemptsMax: 6)).Require();
}
