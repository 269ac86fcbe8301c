using Nexus.Engine.Messaging;
using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Campaigns;

/// <summary>A depth a campaign runs at, as its config names it: its level (1, in process; 2, behind an
/// emulated boundary), the profile it runs behind ("" at level 1), what the matrix says it runs on, and
/// whether the seed's swarm of faults runs. A world on stores reads <see cref="Stores"/>; a world on the
/// message network reads <see cref="Links"/>; each world's config reader sets the one its world needs,
/// and the world refuses a depth without it.</summary>
public sealed record CampaignDepth(string Name, int Level, string Profile, string RunsOn, bool Swarm)
{
    /// <summary>The stores at this depth, for a world that runs on stores.</summary>
    public StoreDepth? Stores { get; init; }

    /// <summary>How the message network's links behave at this depth, for a world that runs on it.</summary>
    public LinkOptions? Links { get; init; }

    /// <summary>A depth on <paramref name="stores"/>: level and profile are the stores'; it runs on
    /// "in-process stores" or on its profile (with ", swarm faults" when asked).</summary>
    public static CampaignDepth OnStores(string name, StoreDepth stores, bool swarm)
    {
        ArgumentNullException.ThrowIfNull(stores);
        string profile = stores.Profile?.Name ?? "";
        return new CampaignDepth(name, stores.Number, profile, profile.Length == 0 ? "in-process stores" : profile + (swarm ? ", swarm faults" : ""), swarm)
        {
            Stores = stores,
        };
    }
}
