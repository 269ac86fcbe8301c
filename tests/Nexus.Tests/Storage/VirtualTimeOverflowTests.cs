using Nexus.Engine.Distributions;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Storage;

/// <summary>Latencies that carry a run past the end of virtual time (about 292 years) end it with an error
/// naming the draw, where the boundary's arithmetic used to wrap into the past and fail far from the cause
/// ("cannot schedule in the past"). A profile file cannot give such numbers (its bounds are tested beside
/// the loader); code can, so the boundary checks.</summary>
public sealed class VirtualTimeOverflowTests
{
    private static readonly SimDuration Quarter = new(long.MaxValue / 4);

    [Test]
    public void A_latency_that_carries_time_past_its_end_is_an_error_naming_the_draw()
    {
        TargetProfile local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));
        TargetProfile huge = local with { KeyValue = local.KeyValue with { Latency = DurationDistribution.Constant(Quarter * 2), Timeout = Quarter * 3 } };
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet stores = StoreSet.Remote(runtime, huge);
        var answers = new List<StoreStatus>();
        runtime.Spawn("client", async () =>
        {
            for (int i = 0; i < 3; i++)
            {
                answers.Add((await stores.KeyValue.SetAsync("k", "v" + i)).Status);
            }
        });

        var failure = Assert.Throws<SimulationFailure>(runtime.RunToCompletion);

        Assert.That(answers, Is.EqualTo(new[] { StoreStatus.Ok }), "the first request fits in virtual time");
        Assert.That(failure!.InnerException, Is.TypeOf<InvalidDataException>());
        Assert.That(failure.InnerException!.Message, Does.StartWith($"virtual time overflowed: a request at {(Quarter * 2).Nanoseconds} ns drew a latency of {(Quarter * 2).Nanoseconds} ns from constant"));
    }
}
