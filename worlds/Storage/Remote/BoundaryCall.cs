using System.Threading.Tasks.Sources;
using Nexus.Engine.Events;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>One call through a boundary on the event loop: fired at the apply instant (the server
/// applies it), then at the answer instant (the caller resumes). Pooled per boundary and request type,
/// and returned to the pool when its result is read, so a call allocates nothing. It answers as a
/// value (<see cref="StoreResult{T}"/>) or, for writes, as a status alone (<see cref="StoreResult"/>).</summary>
internal sealed class BoundaryCall<TRequest, T> : EventTarget, IValueTaskSource<StoreResult<T>>, IValueTaskSource<StoreResult>
    where TRequest : struct, IServerRequest<T>
{
    /// <summary>Where a boundary keeps this type's pool.</summary>
    private static readonly int PoolSlot = BoundaryPools.NextSlot();

    private Stack<BoundaryCall<TRequest, T>> _pool = null!;
    private LoopCompletionCore<StoreResult<T>> _core;
    private RemoteBoundary _boundary = null!;
    private OperationProfile _operation = null!;
    private TRequest _request;
    private BoundaryPlan _plan;
    private bool _mayConflict;
    private bool _applied;
    private StoreResult<T> _result;

    public short Version => _core.Version;

    public static BoundaryCall<TRequest, T> Start(RemoteBoundary boundary, in BoundaryPlan plan, OperationProfile operation, bool mayConflict, in TRequest request)
    {
        Stack<BoundaryCall<TRequest, T>> pool = boundary.Pools.Get<BoundaryCall<TRequest, T>>(PoolSlot);
        BoundaryCall<TRequest, T> call = pool.Count > 0 ? pool.Pop() : new BoundaryCall<TRequest, T> { _pool = pool };
        call._boundary = boundary;
        call._plan = plan;
        call._operation = operation;
        call._mayConflict = mayConflict;
        call._request = request;
        call._applied = plan.Status != StoreStatus.Ok;
        call._result = StoreResult<T>.Failure(plan.Status);
        boundary.Schedule(plan.ApplyAt, call);
        return call;
    }

    public override void Fire()
    {
        if (_applied)
        {
            _core.SetResult(_result);
            return;
        }
        _applied = true;
        (StoreResult<T> result, long at) = _boundary.Apply<TRequest, T>(_plan, _operation, _mayConflict, _request);
        _result = result;
        _boundary.Schedule(at, this);
    }

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token);

    StoreResult<T> IValueTaskSource<StoreResult<T>>.GetResult(short token) => Release(token);

    StoreResult IValueTaskSource<StoreResult>.GetResult(short token) => new(Release(token).Status);

    private StoreResult<T> Release(short token)
    {
        StoreResult<T> result = _core.GetResult(token);
        _boundary = null!;
        _operation = null!;
        _request = default;
        _result = default;
        _pool.Push(this);
        return result;
    }
}
