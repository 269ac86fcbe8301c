using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Scenarios.Campaigns;

/// <summary>A depth a campaign runs at, as its config names it: the stores' depth, with the seed's swarm
/// of store faults if asked (depth 2 only).</summary>
public sealed record CampaignDepth(string Name, StoreDepth Stores, bool Swarm)
{
    /// <summary>The target profile at depth 2; null for in-process stores.</summary>
    public TargetProfile? Profile => Stores.Profile;
}
