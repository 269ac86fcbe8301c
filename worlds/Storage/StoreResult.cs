namespace Nexus.Worlds.Storage;

/// <summary>The outcome of a store operation with no value: a status, never a silent success.</summary>
public readonly record struct StoreResult(StoreStatus Status) : IStoreOutcome
{
    /// <summary>Success.</summary>
    public static readonly StoreResult Ok = new(StoreStatus.Ok);

    /// <summary>True when the operation completed.</summary>
    public bool IsOk => Status == StoreStatus.Ok;
}
