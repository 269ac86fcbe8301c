namespace Nexus.Worlds.Storage;

/// <summary>One compare-and-swap: set <see cref="Key"/> to <see cref="New"/> if it holds <see cref="Expected"/>.
/// An absent key holds ""; setting "" deletes.</summary>
public readonly record struct StateSwap(string Key, string Expected, string New)
{
    /// <summary>Throws, naming what is wrong, unless the swaps are at least one, with distinct
    /// non-empty keys and non-null states. Returns a copy the caller may keep.</summary>
    public static StateSwap[] Validate(IReadOnlyList<StateSwap> swaps, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(swaps, parameterName);
        StateSwap[] copy = [.. swaps];
        if (copy.Length == 0)
        {
            throw new ArgumentException("a compare-and-swap needs at least one key", parameterName);
        }
        foreach (StateSwap swap in copy)
        {
            StoreKeys.Require(swap.Key, parameterName);
            if (swap.Expected is null || swap.New is null)
            {
                throw new ArgumentNullException(parameterName, $"the states of key '{swap.Key}' must not be null (\"\" stands for absent)");
            }
        }
        for (int i = 1; i < copy.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(copy[i].Key, copy[j].Key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"the keys of one atomic compare-and-swap must be distinct; '{copy[i].Key}' repeats", parameterName);
                }
            }
        }
        return copy;
    }
}
