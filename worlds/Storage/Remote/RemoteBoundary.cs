using System.Runtime.CompilerServices;
using Nexus.Engine;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The emulated async boundary between a client and a remote target, on the virtual clock.
/// A request takes half its sampled round trip to reach the server (plus a cold start after idling),
/// waits there behind earlier requests on the same keys where the target serializes them, is applied
/// atomically at that instant, and takes the other half back. The client's deadline travels with the
/// request: the server drops a request that reaches it past the deadline. So a timed-out write was
/// either applied whole before the deadline or never, and any read sent after the timeout sees which.</summary>
public sealed class RemoteBoundary
{
    private readonly VirtualRuntime _runtime;
    private readonly SimRandom _random;
    private readonly ColdStart? _coldStart;
    private readonly Dictionary<string, long> _keyBusyUntil = new(StringComparer.Ordinal);
    private long _lastRequestAt = long.MinValue;

    /// <summary>A boundary (one client connection to a target), drawing from the runtime's stream
    /// <c>boundary/<paramref name="channelName"/></c>; <paramref name="coldStart"/> applies after idling.</summary>
    public RemoteBoundary(VirtualRuntime runtime, string channelName, ColdStart? coldStart = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentException.ThrowIfNullOrEmpty(channelName);
        _runtime = runtime;
        _coldStart = coldStart;
        _random = runtime.Random.Fork("boundary/" + channelName);
    }

    /// <summary>The virtual clock of the boundary.</summary>
    public VirtualRuntime Runtime => _runtime;

    /// <summary>The stream the target's own randomness (staleness) draws from.</summary>
    public SimRandom Random => _random;

    /// <summary>What crossed the boundary so far.</summary>
    public BoundaryStatistics Statistics { get; } = new();

    /// <summary>Sends one request; its work runs at the server, at the instant the request is applied.
    /// <paramref name="mayConflict"/> marks a compare-and-swap. The returned ValueTask comes from a pool:
    /// await it once (or turn it into a Task once).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<StoreResult<T>> CallAsync<TRequest, T>(OperationProfile operation, bool mayConflict, TRequest request)
        where TRequest : struct, IServerRequest<T>
    {
        ArgumentNullException.ThrowIfNull(operation);
        Statistics.Requests++;
        long sent = _runtime.Now.Nanoseconds;
        long roundTrip = operation.Latency.Sample(_random).Nanoseconds;
        long requestLeg = roundTrip / 2 + ColdStartPenalty(sent);
        if (_random.Chance(operation.UnavailableProbability))
        {
            Statistics.Unavailable++;
            await WaitUntil(sent + roundTrip);
            return StoreResult<T>.Failure(StoreStatus.Unavailable);
        }
        long deadline = checked(sent + operation.Timeout.Nanoseconds);
        long applyAt = sent + requestLeg;
        for (int i = 0; i < request.SerializedKeyCount; i++)
        {
            applyAt = Math.Max(applyAt, _keyBusyUntil.GetValueOrDefault(request.SerializedKey(i), long.MinValue));
        }
        if (applyAt > deadline)
        {
            Statistics.Timeouts++;
            await WaitUntil(deadline);
            return StoreResult<T>.Failure(StoreStatus.Timeout);
        }
        for (int i = 0; i < request.SerializedKeyCount; i++)
        {
            _keyBusyUntil[request.SerializedKey(i)] = applyAt + operation.Service.Nanoseconds;
        }
        await WaitUntil(applyAt);
        StoreResult<T> result;
        if (mayConflict && _random.Chance(operation.ConflictProbability))
        {
            Statistics.Conflicts++;
            result = StoreResult<T>.Failure(StoreStatus.Conflict);
        }
        else
        {
            result = StoreResult<T>.Success(request.Apply(_runtime.Now));
            Statistics.Applied++;
        }
        long answeredAt = applyAt + operation.Service.Nanoseconds + (roundTrip - roundTrip / 2);
        if (answeredAt > deadline)
        {
            Statistics.Timeouts++;
            Statistics.TimeoutsApplied += result.IsOk ? 1 : 0;
            await WaitUntil(deadline);
            return StoreResult<T>.Failure(StoreStatus.Timeout);
        }
        await WaitUntil(answeredAt);
        return result;
    }

    /// <summary>Sends a request given as a function, serialized on no key (for callers off the hot path).</summary>
    public Task<StoreResult<T>> CallAsync<T>(OperationProfile operation, Func<T> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return CallAsync<FuncRequest<T>, T>(operation, false, new FuncRequest<T>(apply)).AsTask();
    }

    private long ColdStartPenalty(long now)
    {
        long idleSince = _lastRequestAt;
        _lastRequestAt = now;
        if (_coldStart is null || (idleSince != long.MinValue && now - idleSince < _coldStart.AfterIdle.Nanoseconds))
        {
            return 0;
        }
        Statistics.ColdStarts++;
        return _coldStart.Latency.Sample(_random).Nanoseconds;
    }

    private ValueTask WaitUntil(long time)
    {
        Invariant.True(time >= _runtime.Now.Nanoseconds, "boundary wait into the past: {0} < {1}", time, _runtime.Now.Nanoseconds);
        return _runtime.Delay(new SimDuration(time - _runtime.Now.Nanoseconds));
    }
}
