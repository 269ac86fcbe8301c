using Nexus.Engine;
using Nexus.Experiments.Boundary.Server;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Serve;

/// <summary>The server's fault draws are seeded: the same requests, one at a time, meet the same
/// refusals and conflicts on every server of one seed, and others on another seed.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class SeededDrawTests
{
    [Test]
    public void The_same_requests_meet_the_same_refusals_and_conflicts_under_one_seed_and_others_under_another()
    {
        string first = Outcomes(seed: 5), again = Outcomes(seed: 5), other = Outcomes(seed: 6);

        Assert.That(first, Does.Contain("Unavailable").And.Contain("Conflict").And.Contain("Ok"), "the draws decided nothing: the test means nothing");
        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    /// <summary>200 compare-and-swaps, one at a time, against a server whose object store refuses and
    /// conflicts a fifth of the time each (cf-workers otherwise, at a hundredth of real time).</summary>
    private static string Outcomes(ulong seed)
    {
        StoreServerOptions options = ServedStores.Options("cf-workers", seed, timeScale: 0.01);
        TargetProfile profile = options.Profile!;
        options = options with
        {
            Profile = profile with { Object = profile.Object with { UnavailableProbability = new Probability(0.2), ConflictProbability = new Probability(0.2) } },
        };
        var outcomes = new List<string>();
        ServedStores.Run(() => ServedStores.WithAsync(options, async (_, stores) =>
        {
            for (int i = 0; i < 200; i++)
            {
                StoreResult<bool> swap = await stores.Object.PutStateAsync("head", "", "");
                outcomes.Add(swap.Status.ToString());
            }
        }, TimeSpan.FromSeconds(30)));
        return string.Join(",", outcomes);
    }
}
