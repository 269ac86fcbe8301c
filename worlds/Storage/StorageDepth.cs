namespace Nexus.Worlds.Storage;

/// <summary>How deep in the stack the stores run.</summary>
public enum StorageDepth
{
    /// <summary>In-memory, completing in-process.</summary>
    InProcess = 1,

    /// <summary>The same stores behind an emulated async boundary on the virtual clock.</summary>
    Boundary = 2,
}
