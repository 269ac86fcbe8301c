namespace Nexus.Worlds.Storage;

/// <summary>The outcome of a store operation that yields a value; the value is meaningful only when
/// the status is <see cref="StoreStatus.Ok"/>.</summary>
public readonly record struct StoreResult<T>(StoreStatus Status, T Value) : IStoreOutcome
{
    /// <summary>Success with <paramref name="value"/>.</summary>
    public static StoreResult<T> Success(T value) => new(StoreStatus.Ok, value);

    /// <summary>A failure with no value.</summary>
    public static StoreResult<T> Failure(StoreStatus status) => new(status, default!);

    /// <summary>True when the operation completed.</summary>
    public bool IsOk => Status == StoreStatus.Ok;

    /// <summary>The value of a successful result; throws, naming the status, otherwise.</summary>
    public T Require() => IsOk ? Value : throw new InvalidOperationException($"store operation failed: {Status}");
}
