using System.Globalization;

namespace Nexus.Experiments.Sharding;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (0-based, as Slurm array task ids and
/// Kubernetes completion indexes are): the units whose index is congruent to <see cref="Index"/>
/// modulo <see cref="Count"/>. Dealing units round-robin spreads slow and fast ones over the shards.</summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The largest shard count accepted.</summary>
    public const int CountMax = 100_000;

    /// <summary>True when unit <paramref name="unit"/> belongs to this shard.</summary>
    public bool Owns(int unit) => unit % Count == Index;

    /// <summary>Parses "i/n" with 0 &lt;= i &lt; n; false (with why) for anything else.</summary>
    public static bool TryParse(string text, out Shard shard, out string why)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = default;
        string[] parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            why = $"--shard must be i/n (e.g. 0/3), got '{text}'";
            return false;
        }
        if (count is < 1 or > CountMax || index >= count)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"--shard {text}: n must lie in [1, {CountMax}] and i in [0, n-1] (shards count from 0, as Slurm array tasks do)");
            return false;
        }
        shard = new Shard(index, count);
        why = "";
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
