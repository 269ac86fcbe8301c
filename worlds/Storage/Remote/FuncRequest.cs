using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>A request given as a function, for callers off the hot path; serialized on no key.</summary>
public readonly struct FuncRequest<T>(Func<T> apply) : IServerRequest<T>
{
    /// <inheritdoc />
    public int SerializedKeyCount => 0;

    /// <inheritdoc />
    public string SerializedKey(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public T Apply(SimTime now) => apply();
}
