using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Foundations;

/// <summary>A foundation the orchestration can run on: the stores as specified, or a named weaker
/// variant missing one capability. Each variant says what it lacks and whether an orchestration could
/// make up for it, with the reason, and reshapes a profile and a store set into itself; the gap report
/// runs the campaign on it for the evidence.</summary>
public sealed class StoreFoundation
{
    private readonly Func<TargetProfile, TargetProfile> _profile;
    private readonly Func<StoreSet, StoreSet> _stores;

    private StoreFoundation(string name, string missingCapability, bool orchestrationCanFix, string reason,
        Func<TargetProfile, TargetProfile>? profile = null, Func<StoreSet, StoreSet>? stores = null)
    {
        Name = name;
        MissingCapability = missingCapability;
        OrchestrationCanFix = orchestrationCanFix;
        Reason = reason;
        _profile = profile ?? (p => p);
        _stores = stores ?? (s => s);
    }

    /// <summary>Its name in configs and reports.</summary>
    public string Name { get; }

    /// <summary>What it lacks ("" for the full foundation).</summary>
    public string MissingCapability { get; }

    /// <summary>True when an orchestration change could make up for what it lacks.</summary>
    public bool OrchestrationCanFix { get; }

    /// <summary>Why, or why not.</summary>
    public string Reason { get; }

    /// <summary>The stores as specified.</summary>
    public static StoreFoundation Full { get; } = new("full", "", true, "");

    /// <summary>The weaker variants.</summary>
    public static IReadOnlyList<StoreFoundation> Variants { get; } =
    [
        new("object-store-without-cas", "compare-and-swap (an atomic conditional write) on the object store", false,
            "over last-writer-wins registers two writers cannot both learn who wrote first, so no orchestration can make concurrent commits exclusive",
            stores: s => s with { Object = new LastWriterWinsObjectStore(s.Object) }),
        new("key-value-unbounded-staleness", "a bound on key-value staleness", true,
            "an orchestration can keep every record it decides from in the strongly consistent object store and retry reads of the rest",
            profile: p => p with { KeyValueStaleWindow = SimDuration.FromSeconds(1e6) }),
        new("key-value-unordered-list", "key-ordered listing in the key-value store", true,
            "an orchestration can sort what it lists, or not list at all",
            stores: s => s with { KeyValue = new UnorderedListKeyValueStore(s.KeyValue) }),
    ];

    /// <summary>The names of the variants.</summary>
    public static IReadOnlyList<string> VariantNames { get; } = [.. Variants.Select(variant => variant.Name)];

    /// <summary>The variant named <paramref name="name"/>; throws naming the known ones.</summary>
    public static StoreFoundation Named(string name) => Variants.FirstOrDefault(variant => variant.Name == name)
        ?? throw new ArgumentException($"unknown foundation '{name}' (known: {string.Join(", ", VariantNames)})", nameof(name));

    /// <summary>The profile a depth-2 store set on this foundation runs under.</summary>
    public TargetProfile Shape(TargetProfile profile) => _profile(profile ?? throw new ArgumentNullException(nameof(profile)));

    /// <summary><paramref name="stores"/> as this foundation offers them.</summary>
    public StoreSet Shape(StoreSet stores) => _stores(stores ?? throw new ArgumentNullException(nameof(stores)));
}
