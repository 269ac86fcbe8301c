namespace Nexus.Worlds.Storage;

/// <summary>How a store operation ended. Anything but <see cref="Ok"/> means nothing was applied,
/// except <see cref="Timeout"/> on a write: that one was either fully applied or not at all, and a
/// read issued afterwards tells which.</summary>
public enum StoreStatus
{
    /// <summary>Completed; the value, if any, is meaningful. Not zero on purpose: an uninitialized
    /// result must never read as a success.</summary>
    Ok = 1,

    /// <summary>No answer within the operation's timeout.</summary>
    Timeout,

    /// <summary>The target refused the request (503); nothing was applied.</summary>
    Unavailable,

    /// <summary>The target reported write contention (409); nothing was applied.</summary>
    Conflict,
}
