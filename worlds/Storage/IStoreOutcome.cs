namespace Nexus.Worlds.Storage;

/// <summary>A store result that says whether the operation completed.</summary>
public interface IStoreOutcome
{
    /// <summary>True when the operation completed.</summary>
    bool IsOk { get; }
}
