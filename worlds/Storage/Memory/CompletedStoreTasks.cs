namespace Nexus.Worlds.Storage.Memory;

/// <summary>Completed answers for depth 1, which completes in-process: a ValueTask over a value, so
/// an answer allocates nothing.</summary>
internal static class CompletedStoreTasks
{
    public static ValueTask<StoreResult> Ok => new(StoreResult.Ok);

    public static ValueTask<StoreResult<T>> Of<T>(T value) => new(StoreResult<T>.Success(value));
}
