using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Profiles;

/// <summary>A deployment target as depth 2 emulates it: each store's operation profile, how stale a
/// key-value read may be, and the cold start. Loaded from <c>configs/profiles/NAME.yaml</c>.</summary>
public sealed record TargetProfile(
    string Name,
    OperationProfile KeyValue,
    OperationProfile Blob,
    OperationProfile Object,
    SimDuration KeyValueStaleWindow,
    ColdStart? ColdStart)
{
    /// <summary>How the links between the deployment's agents behave, for worlds whose agents talk over
    /// the emulated message network (the private-commerce world); null when the profile does not say.</summary>
    public LinkOptions? Network { get; init; }
}
