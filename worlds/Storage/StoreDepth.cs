using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage;

/// <summary>How deep a run's stores are, the one type for it: depth 1 keeps them in process
/// (<see cref="InProcess"/>); depth 2 puts them behind the emulated boundary of a target profile
/// (<see cref="Behind"/>), with its latency, timeouts, conflicts and staleness.</summary>
public sealed record StoreDepth
{
    private StoreDepth(TargetProfile? profile) => Profile = profile;

    /// <summary>Depth 1: in-process stores, answering at once.</summary>
    public static StoreDepth InProcess { get; } = new((TargetProfile?)null);

    /// <summary>Depth 2: the stores behind <paramref name="profile"/>'s emulated boundary.</summary>
    public static StoreDepth Behind(TargetProfile profile) => new(profile ?? throw new ArgumentNullException(nameof(profile)));

    /// <summary>Depth 2 behind <paramref name="profile"/>, or depth 1 when there is none.</summary>
    public static StoreDepth Of(TargetProfile? profile) => profile is null ? InProcess : Behind(profile);

    /// <summary>The target profile at depth 2; null at depth 1.</summary>
    public TargetProfile? Profile { get; }

    /// <summary>1 or 2.</summary>
    public int Number => Profile is null ? 1 : 2;

    /// <summary>Fresh stores at this depth; at depth 2 with <paramref name="defences"/> (all unless a control switches one off).</summary>
    public StoreSet Stores(ISimRuntime runtime, StoreDefences? defences = null) =>
        Profile is null ? StoreSet.InProcess() : StoreSet.Remote(runtime, Profile, defences: defences);

    /// <inheritdoc />
    public override string ToString() => Profile is null ? "depth 1" : $"depth 2 ({Profile.Name})";
}
