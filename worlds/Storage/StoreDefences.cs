namespace Nexus.Worlds.Storage;

/// <summary>What a depth-2 target does to keep its stores consistent, each named so that a run's
/// configuration can switch one off and show that the checks catch what it stops. <see cref="All"/> is
/// the target as its profile describes it.</summary>
public sealed record StoreDefences
{
    /// <summary>The names of the defences.</summary>
    public static IReadOnlyList<string> Names { get; } = ["per-key-serialization"];

    /// <summary>Every defence on.</summary>
    public static StoreDefences All { get; } = new();

    /// <summary>The object store applies each compare-and-swap in one step, serialized per key (like a
    /// Durable Object); off, its server compares in one step and writes in another, so two swaps from
    /// one expected state can both win.</summary>
    public bool PerKeySerialization { get; init; } = true;

    /// <summary>These defences with <paramref name="names"/> switched off; an unknown name throws, listing the known ones.</summary>
    public StoreDefences Without(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        StoreDefences result = this;
        foreach (string name in names)
        {
            result = name switch
            {
                "per-key-serialization" => result with { PerKeySerialization = false },
                _ => throw new ArgumentException($"unknown defence '{name}' (known: {string.Join(", ", Names)})", nameof(names)),
            };
        }
        return result;
    }
}
