using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Attacks;

/// <summary>A depth a campaign runs at: in-process stores (no profile), or the emulated boundary of a
/// profile, with the seed's swarm of store faults if asked.</summary>
public sealed record CampaignDepth(string Name, TargetProfile? Profile, bool Swarm);
