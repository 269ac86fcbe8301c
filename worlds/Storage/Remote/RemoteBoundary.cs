using System.Globalization;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The emulated async boundary between a client and a remote target, on the runtime's clock.
/// A request takes half its sampled round trip to reach the server (plus a cold start after idling),
/// waits there behind earlier requests on the same keys where the target serializes them, is applied
/// atomically at that instant, and takes the other half back. The client's deadline travels with the
/// request: the server drops a request that reaches it past the deadline. So a timed-out write was
/// either applied whole before the deadline or never, and any read sent after the timeout sees which.
/// The store set's faults in force when a call is issued shape it: an outage refuses it, a timeout
/// storm loses it, a latency spike lengthens its round trip.</summary>
/// <remarks>On the event loop a call is one pooled object that the loop fires at the apply instant
/// and at the answer instant, so a call allocates nothing. Where a systematic tester controls the run
/// (<see cref="ISimRuntime.PooledAwaits"/> false) the same steps run as an <c>async Task</c>, so the
/// tester sees every await; every draw comes from the runtime's stream, so it controls them too.</remarks>
public sealed class RemoteBoundary
{
    private readonly ISimRuntime _runtime;
    private readonly ColdStart? _coldStart;
    private readonly Dictionary<string, long> _keyBusyUntil = new(StringComparer.Ordinal);
    private long _lastRequestAt = long.MinValue;

    /// <summary>A boundary (one client connection to a target), drawing from the runtime's stream
    /// <c>boundary/<paramref name="channelName"/></c>; <paramref name="coldStart"/> applies after idling,
    /// and <paramref name="faults"/>, when given, are the faults of the store set it belongs to.</summary>
    public RemoteBoundary(ISimRuntime runtime, string channelName, ColdStart? coldStart = null, StoreFaults? faults = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentException.ThrowIfNullOrEmpty(channelName);
        _runtime = runtime;
        _coldStart = coldStart;
        Faults = faults;
        Random = runtime.Stream("boundary/" + channelName);
    }

    /// <summary>The runtime the boundary runs on.</summary>
    public ISimRuntime Runtime => _runtime;

    /// <summary>The stream the boundary's draws come from.</summary>
    public SimRandom Random { get; }

    /// <summary>The faults of the store set this boundary belongs to, if any.</summary>
    public StoreFaults? Faults { get; }

    /// <summary>What crossed the boundary so far.</summary>
    public BoundaryStatistics Statistics { get; } = new();

    /// <summary>The pooled call objects of the event loop's path.</summary>
    internal BoundaryPools Pools { get; } = new();

    /// <summary>Sends one request; its work runs at the server, at the instant the request is applied.
    /// <paramref name="mayConflict"/> marks a compare-and-swap. Await the returned ValueTask once.</summary>
    public ValueTask<StoreResult<T>> CallAsync<TRequest, T>(OperationProfile operation, bool mayConflict, TRequest request)
        where TRequest : struct, IServerRequest<T>
    {
        BoundaryPlan plan = Plan(operation, request);
        if (!_runtime.PooledAwaits)
        {
            return new ValueTask<StoreResult<T>>(CallTaskAsync<TRequest, T>(plan, operation, mayConflict, request));
        }
        BoundaryCall<TRequest, T> call = BoundaryCall<TRequest, T>.Start(this, plan, operation, mayConflict, request);
        return new ValueTask<StoreResult<T>>(call, call.Version);
    }

    /// <summary>Sends a request whose answer is only its status (a write). Await the returned ValueTask once.</summary>
    public ValueTask<StoreResult> SendAsync<TRequest>(OperationProfile operation, bool mayConflict, TRequest request)
        where TRequest : struct, IServerRequest<bool>
    {
        BoundaryPlan plan = Plan(operation, request);
        if (!_runtime.PooledAwaits)
        {
            return new ValueTask<StoreResult>(SendTaskAsync(plan, operation, mayConflict, request));
        }
        BoundaryCall<TRequest, bool> call = BoundaryCall<TRequest, bool>.Start(this, plan, operation, mayConflict, request);
        return new ValueTask<StoreResult>(call, call.Version);
    }

    /// <summary>Sends a request given as a function, serialized on no key (for callers off the hot path).</summary>
    public ValueTask<StoreResult<T>> CallAsync<T>(OperationProfile operation, Func<T> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return CallAsync<FuncRequest<T>, T>(operation, false, new FuncRequest<T>(apply));
    }

    /// <summary>Everything decided when a request is sent: its round trip, whether it is refused or
    /// lost, and when it reaches the server.</summary>
    private BoundaryPlan Plan<TRequest>(OperationProfile operation, in TRequest request)
        where TRequest : struct, IServerRequestKeys
    {
        ArgumentNullException.ThrowIfNull(operation);
        Statistics.Requests++;
        StoreFaults? faults = Faults;
        long sent = _runtime.Now.Nanoseconds;
        long drawn = operation.Latency.Sample(Random).Nanoseconds;
        long roundTrip = Later(drawn, faults?.ExtraLatencyNanoseconds ?? 0, operation, drawn);
        long requestLeg = Later(roundTrip / 2, ColdStartPenalty(sent), operation, drawn);
        long deadline = Later(sent, operation.Timeout.Nanoseconds, operation, drawn);
        if (faults?.IsOut == true || Random.Chance(operation.UnavailableProbability))
        {
            Statistics.Unavailable++;
            return BoundaryPlan.Failed(StoreStatus.Unavailable, Later(sent, roundTrip, operation, drawn));
        }
        long applyAt = Later(sent, requestLeg, operation, drawn);
        for (int i = 0; i < request.SerializedKeyCount; i++)
        {
            applyAt = Math.Max(applyAt, _keyBusyUntil.GetValueOrDefault(request.SerializedKey(i), long.MinValue));
        }
        if (applyAt > deadline || faults?.IsStorming == true)
        {
            Statistics.Timeouts++;
            return BoundaryPlan.Failed(StoreStatus.Timeout, deadline);
        }
        for (int i = 0; i < request.SerializedKeyCount; i++)
        {
            _keyBusyUntil[request.SerializedKey(i)] = Later(applyAt, operation.Service.Nanoseconds, operation, drawn);
        }
        long answerLeg = Later(operation.Service.Nanoseconds, roundTrip - roundTrip / 2, operation, drawn);
        // Checked here so that the answer's time (the apply instant plus this leg) cannot overflow later.
        Later(applyAt, answerLeg, operation, drawn);
        return new BoundaryPlan(StoreStatus.Ok, applyAt, deadline, answerLeg);
    }

    /// <summary><paramref name="time"/> plus <paramref name="span"/> in nanoseconds; past the end of
    /// virtual time it is an error naming the draw that took it there, never a time wrapped into the past.</summary>
    /// <remarks>Six calls per request: the message is built apart, so that this stays small enough to inline.</remarks>
    private static long Later(long time, long span, OperationProfile operation, long drawn)
    {
        long sum = unchecked(time + span);
        return ((time ^ sum) & (span ^ sum)) < 0 ? throw Overflowed(time, operation, drawn) : sum;
    }

    private static InvalidDataException Overflowed(long time, OperationProfile operation, long drawn) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"virtual time overflowed: a request at {time} ns drew a latency of {drawn} ns from {operation.Latency.Describe()}: the profile's latencies are too large to simulate"));

    /// <summary>What happens at the server at the apply instant: a conflict, or the request applied.
    /// Returns the answer and when the client has it (the deadline, if the answer comes too late).</summary>
    internal (StoreResult<T> Result, long At) Apply<TRequest, T>(in BoundaryPlan plan, OperationProfile operation, bool mayConflict, in TRequest request)
        where TRequest : struct, IServerRequest<T>
    {
        StoreResult<T> result;
        if (mayConflict && Random.Chance(operation.ConflictProbability))
        {
            Statistics.Conflicts++;
            result = StoreResult<T>.Failure(StoreStatus.Conflict);
        }
        else
        {
            result = StoreResult<T>.Success(request.Apply(_runtime.Now));
            Statistics.Applied++;
        }
        long answeredAt = plan.ApplyAt + plan.AnswerLeg;
        if (answeredAt > plan.Deadline)
        {
            Statistics.Timeouts++;
            Statistics.TimeoutsApplied += result.IsOk ? 1 : 0;
            return (StoreResult<T>.Failure(StoreStatus.Timeout), plan.Deadline);
        }
        return (result, answeredAt);
    }

    private async Task<StoreResult<T>> CallTaskAsync<TRequest, T>(BoundaryPlan plan, OperationProfile operation, bool mayConflict, TRequest request)
        where TRequest : struct, IServerRequest<T>
    {
        await _runtime.DelayUntil(new SimTime(plan.ApplyAt));
        if (plan.Status != StoreStatus.Ok)
        {
            return StoreResult<T>.Failure(plan.Status);
        }
        (StoreResult<T> result, long at) = Apply<TRequest, T>(plan, operation, mayConflict, request);
        await _runtime.DelayUntil(new SimTime(at));
        return result;
    }

    private async Task<StoreResult> SendTaskAsync<TRequest>(BoundaryPlan plan, OperationProfile operation, bool mayConflict, TRequest request)
        where TRequest : struct, IServerRequest<bool> =>
        new((await CallTaskAsync<TRequest, bool>(plan, operation, mayConflict, request)).Status);

    internal void Schedule(long time, EventTarget call) => _runtime.ScheduleAt(new SimTime(time), call);

    private long ColdStartPenalty(long now)
    {
        long idleSince = _lastRequestAt;
        _lastRequestAt = now;
        if (_coldStart is null || (idleSince != long.MinValue && now - idleSince < _coldStart.AfterIdle.Nanoseconds))
        {
            return 0;
        }
        Statistics.ColdStarts++;
        return _coldStart.Latency.Sample(Random).Nanoseconds;
    }
}
