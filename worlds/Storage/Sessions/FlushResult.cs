namespace Nexus.Worlds.Storage.Sessions;

/// <summary>The outcome of a flush, the store status behind a failure, and the cursor afterwards.</summary>
public sealed record FlushResult(FlushOutcome Outcome, StoreStatus Status, long Cursor);
