using System.Runtime.CompilerServices;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>The discrete-event runtime: one event loop on virtual time. Async continuations run on
/// the loop at their virtual time, so a seed fixes one exact interleaving. Single-threaded by
/// construction: nothing here may be touched from another thread.</summary>
public sealed class VirtualRuntime : ISimRuntime
{
    private readonly EventQueue _queue;
    private readonly long _stepCountMax;
    private readonly Stack<DelaySource> _delayPool = new();
    private readonly Stack<PostedCallback> _postedPool = new();
    private EventLoopSynchronizationContext? _loopContext;
    private SimulationFailure? _failure;
    private long _now;

    /// <summary>A runtime at virtual time zero with no pending events.</summary>
    public VirtualRuntime(VirtualRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StepCountMax < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.StepCountMax, "StepCountMax must be positive");
        }
        Options = options;
        _stepCountMax = options.StepCountMax;
        _queue = new EventQueue(options.EventCapacityInitial, options.EventCapacityMax);
        Random = new SimRandom(options.Seed);
        Trace = options.Trace;
        Choice = new SeededChoiceSource(Random.Fork("choice"), () => _now, options.Trace);
    }

    /// <summary>What this runtime was built from.</summary>
    public VirtualRuntimeOptions Options { get; }

    /// <summary>The root stream; components fork named children from it.</summary>
    public SimRandom Random { get; }

    /// <inheritdoc />
    public SimTrace? Trace { get; }

    /// <inheritdoc />
    public bool PooledAwaits => true;

    /// <inheritdoc />
    public IChoiceSource Choice { get; }

    /// <inheritdoc />
    public SimTime Now => new(_now);

    /// <summary>Events executed so far.</summary>
    public long StepCount { get; private set; }

    /// <summary>Events waiting to run.</summary>
    public int PendingCount => _queue.Count;

    /// <summary>Runs <paramref name="target"/> <paramref name="delay"/> from now; zero means later in
    /// this instant, after everything already scheduled for it. A negative delay throws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Schedule(SimDuration delay, EventTarget target)
    {
        if (delay.Nanoseconds < 0)
        {
            delay.RequireNonNegative(nameof(delay));
        }
        _queue.Push(checked(_now + delay.Nanoseconds), target);
    }

    /// <summary>Runs <paramref name="target"/> at <paramref name="time"/>, which must not be in the past.</summary>
    public void ScheduleAt(SimTime time, EventTarget target)
    {
        long at = time.Nanoseconds;
        if (at < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"cannot schedule in the past: now is {Now}");
        }
        _queue.Push(at, target);
    }

    /// <inheritdoc />
    public ValueTask Delay(SimDuration delay)
    {
        DelaySource source = _delayPool.Count > 0 ? _delayPool.Pop() : new DelaySource(this);
        Schedule(delay, source);
        return new ValueTask(source, source.Version);
    }

    /// <inheritdoc />
    public ValueTask DelayUntil(SimTime time)
    {
        if (time.Nanoseconds < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"cannot wait until the past: now is {Now}");
        }
        return Delay(new SimDuration(time.Nanoseconds - _now));
    }

    /// <inheritdoc />
    public SimRandom Stream(string name) => Random.Fork(name);

    /// <inheritdoc />
    public ValueTask Yield()
    {
        return Delay(SimDuration.Zero);
    }

    /// <inheritdoc />
    public Task Spawn(string name, Func<Task> process)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(process);
        Trace?.Begin(_now, "spawn").Field("process", name).End();
        // The process's state machine may be made here, before the loop runs: without the flow it captures
        // no execution context, as everything made on the loop does (see LoopScope).
        using (FlowSuppression.Begin(SuppressesFlow))
        {
            return RunProcess(name, process);
        }
    }

    /// <summary>Executes the next event. False when none is pending.</summary>
    public bool Step()
    {
        using var loop = EnterLoop();
        return StepCore();
    }

    /// <summary>Executes <paramref name="count"/> events, or fewer if the queue runs dry; returns how many ran.</summary>
    public long RunSteps(long count)
    {
        using var loop = EnterLoop();
        long executed = 0;
        while (executed < count && StepCore())
        {
            executed++;
        }
        return executed;
    }

    /// <summary>Executes every event due at or before <paramref name="end"/>, then sets the clock to it.</summary>
    public void RunUntil(SimTime end)
    {
        if (end.Nanoseconds < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"cannot run until the past: now is {Now}");
        }
        using (EnterLoop())
        {
            while (_queue.TryPeekTime(out long next) && next <= end.Nanoseconds)
            {
                StepCore();
            }
        }
        _now = end.Nanoseconds;
    }

    /// <summary>Executes events until none is pending; the step budget stops a run that never ends.</summary>
    public void RunToCompletion()
    {
        using var loop = EnterLoop();
        while (StepCore())
        {
        }
    }

    /// <summary>Where a continuation posted from another thread goes when the loop takes work from
    /// outside (the paced runtime's inbox); null, as on virtual time, makes such a post fail the run.</summary>
    internal Action<SendOrPostCallback, object?>? OutsidePost { get; set; }

    /// <summary>Whether the loop runs without the flow of the execution context: on virtual time, where
    /// nothing from outside runs on the loop and nothing simulated reads an AsyncLocal, a state machine
    /// that captured no context resumes by a direct call instead of through <c>ExecutionContext.Run</c>.
    /// A loop that takes work from outside (the paced runtime's HTTP clients and servers) keeps the flow.</summary>
    private bool SuppressesFlow => OutsidePost is null;

    /// <summary>The time of the next pending event; false when none is pending.</summary>
    internal bool TryPeekNextTime(out long time) => _queue.TryPeekTime(out time);

    internal void ReturnDelaySource(DelaySource source) => _delayPool.Push(source);

    internal void PostNow(SendOrPostCallback callback, object? state)
    {
        PostedCallback posted = _postedPool.Count > 0 ? _postedPool.Pop() : new PostedCallback(this);
        posted.Set(callback, state);
        _queue.Push(_now, posted);
    }

    internal void ReturnPosted(PostedCallback posted) => _postedPool.Push(posted);

    internal void FailFromOutside(Exception cause) => _failure ??= new SimulationFailure("(outside the event loop)", Now, cause);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StepCore()
    {
        if (_failure is not null)
        {
            throw _failure;
        }
        if (_queue.Count == 0)
        {
            return false;
        }
        if (StepCount >= _stepCountMax)
        {
            throw new SimulationBudgetExceeded(StepCount, Now);
        }
        EventTarget target = _queue.Pop(out long time);
        Invariant.True(time >= _now, "event in the past: {0} < {1}", time, _now);
        _now = time;
        StepCount++;
        target.Fire();
        if (_failure is not null)
        {
            throw _failure;
        }
        return true;
    }

    private async Task RunProcess(string name, Func<Task> process)
    {
        await Yield();
        try
        {
            await process();
        }
        catch (Exception cause)
        {
            _failure ??= new SimulationFailure(name, Now, cause);
            throw;
        }
    }

    private LoopScope EnterLoop()
    {
        _loopContext ??= new EventLoopSynchronizationContext(this);
        _loopContext.LoopThreadId = Environment.CurrentManagedThreadId;
        return new LoopScope(_loopContext, SuppressesFlow);
    }

    /// <summary>Installs the loop's synchronization context for the duration of a run call and, where
    /// the loop runs without it (<see cref="SuppressesFlow"/>), suppresses the execution context's flow.</summary>
    private readonly struct LoopScope : IDisposable
    {
        private readonly SynchronizationContext? _previous;
        private readonly FlowSuppression _flow;

        public LoopScope(SynchronizationContext context, bool suppressFlow)
        {
            _previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(context);
            _flow = FlowSuppression.Begin(suppressFlow);
        }

        public void Dispose()
        {
            _flow.Dispose();
            SynchronizationContext.SetSynchronizationContext(_previous);
        }
    }
}
