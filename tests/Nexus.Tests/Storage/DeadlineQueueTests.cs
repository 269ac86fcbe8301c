using Nexus.Engine.Distributions;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Storage;

/// <summary>Long per-key service times at depth 2: requests queued on one key past their deadline time out
/// at it and are never applied. Eight swaps sent at once, each holding a shared key 400 ms with no latency
/// and a 1 s timeout: the first two apply and answer at 400 and 800 ms; the third applies at 800 ms but its
/// answer would come at 1,200, so it times out at its deadline having applied; the other five would start
/// at 1,200 ms or later, past the deadline, and never apply.</summary>
public sealed class DeadlineQueueTests
{
    private const int Requests = 8;

    private static readonly SimDuration Service = SimDuration.FromMilliseconds(400);

    private static readonly string[] Expected =
        ["Ok@400 applied", "Ok@800 applied", "Timeout@1000 applied", .. Enumerable.Repeat("Timeout@1000 not applied", Requests - 3)];

    [Test]
    public void Requests_queued_past_their_deadline_time_out_at_it_and_are_never_applied()
    {
        Assert.That(Run((_, stores) => stores.Object), Is.EqualTo(Expected));
    }

    [Test]
    public void The_check_catches_a_store_that_applies_a_timed_out_request_later()
    {
        // The test-only bug: a proxy that sends a timed-out request again, so it may apply after its deadline.
        string[] late = Run((runtime, stores) => new BrokenSwapObjectStore(stores.Object, (inner, swaps) => SendAgainOnTimeout(runtime, inner, swaps)));

        Assert.That(late.Select(answer => answer.Split(' ')[0]), Is.EqualTo(Expected.Select(answer => answer.Split(' ')[0])), "the answers are the same");
        Assert.That(late, Is.Not.EqualTo(Expected), "a request answered with a timeout applied after its deadline");
    }

    /// <summary>Each request's answer, when it came, and whether its own key holds its value in the end.</summary>
    private static string[] Run(Func<ISimRuntime, StoreSet, IObjectStore> store)
    {
        TargetProfile local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));
        TargetProfile slow = local with { Object = local.Object with { Latency = DurationDistribution.Constant(SimDuration.Zero), Timeout = SimDuration.FromSeconds(1), Service = Service } };
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet stores = StoreSet.Remote(runtime, slow);
        IObjectStore client = store(runtime, stores);
        var answers = new string[Requests];
        runtime.Spawn("setup", async () => await stores.Object.PutStateAsync("hot", "", "x"));
        runtime.RunToCompletion();
        long sent = runtime.Now.Nanoseconds;
        for (int i = 0; i < Requests; i++)
        {
            int request = i;
            runtime.Spawn("request-" + i, async () =>
            {
                StoreResult<bool> answer = await client.PutStatesAsync([new StateSwap("hot", "x", "x"), new StateSwap(Own(request), "", "v")]);
                answers[request] = answer.Status + "@" + ((runtime.Now.Nanoseconds - sent) / 1_000_000);
            });
        }
        runtime.RunToCompletion();
        var applied = new bool[Requests];
        runtime.Spawn("read", async () =>
        {
            for (int i = 0; i < Requests; i++)
            {
                applied[i] = (await stores.Object.GetStateAsync(Own(i))).Value == "v";
            }
        });
        runtime.RunToCompletion();
        return [.. answers.Select((answer, i) => answer + (applied[i] ? " applied" : " not applied"))];
    }

    private static string Own(int request) => "own-" + request;

    /// <summary>The bug: a swap that timed out is sent again behind the client's back, and may apply after its deadline.</summary>
    private static async ValueTask<StoreResult<bool>> SendAgainOnTimeout(ISimRuntime runtime, IObjectStore inner, IReadOnlyList<StateSwap> swaps)
    {
        StoreResult<bool> result = await inner.PutStatesAsync(swaps);
        if (result.Status == StoreStatus.Timeout)
        {
            _ = runtime.Spawn("late", async () => await inner.PutStatesAsync(swaps));
        }
        return result;
    }
}
