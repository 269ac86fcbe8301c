namespace Nexus.Worlds.Storage.Memory;

/// <summary>Completed tasks for depth-1 answers: depth 1 completes in-process.</summary>
internal static class CompletedStoreTasks
{
    public static readonly Task<StoreResult> Ok = Task.FromResult(StoreResult.Ok);

    public static Task<StoreResult<T>> Of<T>(T value) => Task.FromResult(StoreResult<T>.Success(value));
}
