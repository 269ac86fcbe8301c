using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: a key-value store behind the boundary, eventually consistent where the target is.
/// Several channels (the session's read path and its commit channel) can share one state.</summary>
public sealed class RemoteKeyValueStore(RemoteBoundary boundary, OperationProfile operation, EventualKeyValue state) : IKeyValueStore
{
    /// <summary>The shared server-side state.</summary>
    public EventualKeyValue State { get; } = state;

    /// <inheritdoc />
    public ValueTask<StoreResult<string?>> GetAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync<Read, string?>(operation, false, new Read(State, key));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> SetAsync(string key, string value)
    {
        // Arguments are checked at the call, as depth 1 does, not inside the returned task.
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(value);
        return boundary.SendAsync(operation, false, new Write(State, key, value));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.SendAsync(operation, false, new Write(State, key, null));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return boundary.CallAsync<List, IReadOnlyList<string>>(operation, false, new List(State, prefix));
    }

    private readonly record struct Read(EventualKeyValue State, string Key) : IServerRequest<string?>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Key;

        public string? Apply(SimTime now) => State.Read(now, Key);
    }

    private readonly record struct Write(EventualKeyValue State, string Key, string? Value) : IServerRequest<bool>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Key;

        public bool Apply(SimTime now)
        {
            State.Write(now, Key, Value);
            return true;
        }
    }

    private readonly record struct List(EventualKeyValue State, string Prefix) : IServerRequest<IReadOnlyList<string>>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Prefix;

        public IReadOnlyList<string> Apply(SimTime now) => State.Keys(now, Prefix);
    }
}
