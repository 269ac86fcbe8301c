namespace Nexus.Worlds.Storage.Sessions;

/// <summary>How a session flush ended.</summary>
public enum FlushOutcome
{
    /// <summary>Every write is in the store and the cursor advanced.</summary>
    Committed,

    /// <summary>Nothing was dirty; nothing was written and the cursor stayed.</summary>
    NothingToFlush,

    /// <summary>The object store arbitrated the session's compare-and-swaps against it: nothing was
    /// written, and the session rolled back (hydrate again before reusing it).</summary>
    LostArbitration,

    /// <summary>A store failed (see the status). Nothing the session owes became visible through the
    /// cursor; the session keeps its work, so flushing again resumes it.</summary>
    Failed,
}
