namespace Nexus.Worlds.Storage;

/// <summary>The one retry loop over store operations: try until a result is <c>Ok</c>, at most a
/// number of times, and hand back the last result. For operations that are safe to repeat (writes are
/// idempotent; reads change nothing).</summary>
public static class StoreRetry
{
    /// <summary>Runs <paramref name="attempt"/> on <paramref name="state"/> until it completes, at most
    /// <paramref name="attemptsMax"/> times; the last result. A static lambda and a state tuple keep it
    /// free of closures.</summary>
    public static async ValueTask<TResult> UntilOkAsync<TState, TResult>(TState state, Func<TState, ValueTask<TResult>> attempt, int attemptsMax)
        where TResult : struct, IStoreOutcome
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMax, 1);
        TResult result = await attempt(state);
        for (int tried = 1; tried < attemptsMax && !result.IsOk; tried++)
        {
            result = await attempt(state);
        }
        return result;
    }
}
