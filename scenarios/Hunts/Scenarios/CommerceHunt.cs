using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>The private-commerce world as its hunts run it: the seed's scenario with streams of at most 5
/// payments and scoring from 2 s, on reliable links at depth 1 and on the target profile's network at
/// depth 2, with the seeded bug's component in place.</summary>
internal static class CommerceHunt
{
    /// <summary>Runs the world as <paramref name="setup"/> says on <paramref name="runtime"/> until it is done; its trace.</summary>
    public static async Task<IReadOnlyList<CommerceEvent>> RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        using CommerceWorld world = CommerceWorld.Start(runtime, Options(setup));
        await world.WhenDoneAsync();
        return [.. world.Events];
    }

    private static CommerceOptions Options(HuntSetup setup)
    {
        LinkOptions links = setup.Depth.Profile is null ? CommerceOptions.Reliable
            : setup.Depth.Profile.Network ?? throw new InvalidOperationException($"profile '{setup.Depth.Profile.Name}' has no network section, which the private-commerce hunts run on");
        var options = new CommerceOptions(setup.SwarmSeed ?? 0, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, links)
        {
            ScoreAt = SimTime.FromSeconds(2),
            StreamMax = 5,
        };
        return setup.Bug?.Commerce is { } plant ? plant(options) : options;
    }
}
