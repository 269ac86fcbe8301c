namespace Nexus.Worlds.Storage.Memory;

/// <summary>Depth 1: an in-memory object store with compare-and-swap; "" stands for absent.</summary>
public sealed class MemoryObjectStore : IObjectStore
{
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>Raised at the instant a compare-and-swap applies, with its swaps: how a check reads the
    /// stores back at a commit point, past any boundary.</summary>
    public event Action<IReadOnlyList<StateSwap>>? Applied;

    /// <summary>The state of <paramref name="key"/>, "" when absent.</summary>
    public string ReadState(string key) => _states.GetValueOrDefault(StoreKeys.Require(key), "");

    /// <summary>The keys holding a state that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public IReadOnlyList<string> Keys(string prefix) =>
        [.. _states.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>One compare-and-swap; true when it applied.</summary>
    public bool Swap(string key, string expected, string newState)
    {
        StoreKeys.Require(key, nameof(key));
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(newState);
        return ApplyOne(new StateSwap(key, expected, newState));
    }

    /// <summary>All swaps or none; true when every key held its expected state.</summary>
    public bool SwapAll(IReadOnlyList<StateSwap> swaps) => ApplyValidated(StateSwap.Validate(swaps, nameof(swaps)));

    /// <summary>One compare-and-swap whose key and states are already checked.</summary>
    internal bool ApplyOne(StateSwap swap)
    {
        if (ReadState(swap.Key) != swap.Expected)
        {
            return false;
        }
        Store(swap);
        Applied?.Invoke([swap]);
        return true;
    }

    /// <summary>All swaps or none, for swaps already checked by <see cref="StateSwap.Validate"/>.</summary>
    internal bool ApplyValidated(StateSwap[] checkedSwaps)
    {
        foreach (StateSwap swap in checkedSwaps)
        {
            if (ReadState(swap.Key) != swap.Expected)
            {
                return false;
            }
        }
        foreach (StateSwap swap in checkedSwaps)
        {
            Store(swap);
        }
        Applied?.Invoke(checkedSwaps);
        return true;
    }

    private void Store(StateSwap swap)
    {
        if (swap.New.Length == 0)
        {
            _states.Remove(swap.Key);
        }
        else
        {
            _states[swap.Key] = swap.New;
        }
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => CompletedStoreTasks.Of(ReadState(key));

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        CompletedStoreTasks.Of(Swap(key, expected, newState));

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps) => CompletedStoreTasks.Of(SwapAll(swaps));
}
