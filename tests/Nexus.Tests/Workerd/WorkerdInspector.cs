using Nexus.Experiments.Boundary.Clients;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Workerd;

/// <summary>What the Worker's storage holds, for a check beside a blackboard whose stores are the
/// Worker's. The storage lives in another process, so no hook fires as a swap applies there; instead
/// the blackboard's object store is <see cref="Watch"/>ed: its swaps go to the Durable Object one at a
/// time (as the Durable Object runs them anyway), and one that applied raises
/// <see cref="ObjectSwapsApplied"/> before the next is sent, so whoever reads back then reads that
/// commit's state. Reads go over the routes: local workerd has no stale reads to look past.</summary>
internal sealed class WorkerdInspector(StoreSet routes) : IStoreInspector
{
    private readonly SemaphoreSlim _oneSwap = new(1, 1);
    private readonly SortedSet<string> _objectKeys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public event Action<IReadOnlyList<StateSwap>>? ObjectSwapsApplied;

    /// <summary>The inspector of the Worker at <paramref name="http"/>'s address.</summary>
    public static WorkerdInspector Of(HttpClient http) => new(HttpStores.Connect(http, TimeSpan.FromSeconds(30)));

    /// <summary><paramref name="stores"/> with their object store watched and this inspector.</summary>
    public StoreSet Watch(StoreSet stores) => stores with { Object = new Watched(this, stores.Object), Inspector = this };

    /// <inheritdoc />
    public string? KeyValue(string key) => routes.KeyValue.GetAsync(key).AsTask().GetAwaiter().GetResult().Require();

    /// <inheritdoc />
    public IReadOnlyList<string> KeyValueKeys(string prefix) => routes.KeyValue.ListAsync(prefix).AsTask().GetAwaiter().GetResult().Require();

    /// <inheritdoc />
    public byte[]? Blob(string key) => routes.Blob.GetAsync(key).AsTask().GetAwaiter().GetResult().Require();

    /// <inheritdoc />
    public string ObjectState(string key) => routes.Object.GetStateAsync(key).AsTask().GetAwaiter().GetResult().Require();

    /// <summary>The wire lists no object keys: these are the keys any watched swap named, read back.</summary>
    public IReadOnlyList<string> ObjectKeys(string prefix) =>
        [.. _objectKeys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal) && ObjectState(key).Length > 0)];

    /// <summary>The watched store: arguments are checked at the call, as every store checks them; the
    /// swap then waits its turn.</summary>
    private sealed class Watched(WorkerdInspector inspector, IObjectStore inner) : IObjectStore
    {
        public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

        public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState)
        {
            StoreKeys.Require(key);
            ArgumentNullException.ThrowIfNull(expected);
            ArgumentNullException.ThrowIfNull(newState);
            return PutStatesAsync([new StateSwap(key, expected, newState)]);
        }

        public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps) => InTurnAsync(StateSwap.Validate(swaps, nameof(swaps)));

        private async ValueTask<StoreResult<bool>> InTurnAsync(StateSwap[] swaps)
        {
            await inspector._oneSwap.WaitAsync();
            try
            {
                StoreResult<bool> swapped = await inner.PutStatesAsync(swaps);
                if (swapped is { IsOk: true, Value: true })
                {
                    inspector._objectKeys.UnionWith(swaps.Select(swap => swap.Key));
                    inspector.ObjectSwapsApplied?.Invoke(swaps);
                }
                return swapped;
            }
            finally
            {
                inspector._oneSwap.Release();
            }
        }
    }
}
