namespace Nexus.Worlds.Storage;

/// <summary>What reading the keys back says of an atomic swap whose answer was lost.</summary>
public enum SwapReading
{
    /// <summary>Every key holds its new state: the swap applied.</summary>
    Applied,

    /// <summary>Every key still holds its expected state: the swap did not apply.</summary>
    NotApplied,

    /// <summary>The keys could not be read, or hold something else: another writer moved on.</summary>
    Unknown,
}
