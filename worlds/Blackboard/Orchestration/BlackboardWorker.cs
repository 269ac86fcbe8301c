using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>One stateless Worker instance of the blackboard: it handles one request at a time, decides
/// from the committed state it reads from the stores, and commits at one atomic compare-and-swap that
/// takes the next commit-log number. It keeps only a cache of the commit log it has read (commits
/// never change once made); before each decision it reads the log on from there. When another worker
/// committed first, its swap loses: it reads again and decides again, so a concurrent duplicate is
/// refused as a replay rather than failing, with a randomized backoff on the virtual clock between
/// attempts.</summary>
internal sealed class BlackboardWorker(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences defences, IBlackboardRules rules, SimRandom backoff, string name, AppliedEntries applied)
{
    /// <summary>Attempts at a commit (decide, write, swap) before the action fails with <see cref="BlackboardError.StoreFailure"/>.</summary>
    public const int CommitAttemptsMax = 16;

    /// <summary>Attempts at one store operation before the action fails with <see cref="BlackboardError.StoreFailure"/>.</summary>
    public const int AttemptsMax = 8;

    private static readonly SimDuration BackoffUnit = SimDuration.FromMilliseconds(1);

    /// <summary>The longest wait between rounds of reads that resolve a timed-out commit.</summary>
    private static readonly SimDuration ResolveBackoffMax = SimDuration.FromSeconds(1);

    private enum Swap { Committed, Lost, Failed }

    /// <summary>Where commits go: the object store, or without the chain-head compare-and-swap the same
    /// store with every swap made blind (last writer wins).</summary>
    private readonly IObjectStore _commits = defences.ChainHeadCas ? stores.Object : new LastWriterWinsObjectStore(stores.Object);

    /// <summary>Requests wait here: one at a time per worker.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    private long _commitAttempts;

    /// <summary>The last commit this worker has read.</summary>
    public long Seen { get; private set; }

    /// <summary>Commit attempts that lost their swap to another writer and were decided again.</summary>
    public long SwapsLost { get; private set; }

    /// <summary>Commit swaps that timed out and were resolved by reading their log entry back.</summary>
    public long SwapsResolved { get; private set; }

    /// <summary>The committed state as of <see cref="Seen"/>.</summary>
    public BlackboardState View { get; private set; } = BlackboardState.Empty;

    /// <summary>Runs <paramref name="action"/>: its outcome, and the commit number it took (0 when it committed nothing).</summary>
    public async Task<(ActionOutcome Outcome, long Commit)> ExecuteAsync(BlackboardAction action)
    {
        for (int attempt = 0; attempt < CommitAttemptsMax; attempt++)
        {
            if (!await CatchUpAsync())
            {
                return Failure;
            }
            Decision decision = rules.Decide(View, action, limits, defences);
            if (decision.Change?.Net(View) is not { IsEmpty: false } change)
            {
                return (decision.Outcome, 0);
            }
            if (!await WriteRecordsAsync(change))
            {
                return Failure;
            }
            long number = Seen + 1;
            string writer = name + "/" + (++_commitAttempts).ToString(CultureInfo.InvariantCulture);
            List<StateSwap> swaps = (change with { Writer = writer }).Swaps(View, number);
            switch (await CommitAsync(swaps))
            {
                case Swap.Committed:
                    (View, Seen) = (applied.Committed(View, number, swaps[0].New, change), number);
                    return (decision.Outcome, number);
                case Swap.Failed:
                    return Failure;
                default:
                    SwapsLost++;
                    long slots = 1L << Math.Min(attempt, 6);
                    await runtime.Delay(BackoffUnit * (1 + backoff.NextInt64(slots)));
                    break;
            }
        }
        return Failure;
    }

    private static (ActionOutcome, long) Failure => (ActionOutcome.Refused(BlackboardError.StoreFailure), 0);

    /// <summary>Reads the commit log on from <see cref="Seen"/> to its first free number.</summary>
    private async Task<bool> CatchUpAsync()
    {
        while (true)
        {
            StoreResult<string> entry = await StoreRetry.UntilOkAsync((stores.Object, Key: CommitLog.Key(Seen + 1)),
                static s => s.Object.GetStateAsync(s.Key), AttemptsMax);
            if (!entry.IsOk)
            {
                return false;
            }
            if (entry.Value.Length == 0)
            {
                return true;
            }
            (View, Seen) = (applied.Apply(View, Seen + 1, entry.Value), Seen + 1);
        }
    }

    /// <summary>Writes what the change adds before its commit point: payloads and Intent records, both
    /// content-addressed, so unreachable until the commit and unchanged by writing them again.</summary>
    private async Task<bool> WriteRecordsAsync(BlackboardChange change)
    {
        foreach (Fact fact in change.Facts)
        {
            if (!await PutPayloadAsync(fact.Content.Bytes))
            {
                return false;
            }
        }
        foreach (Intent intent in change.Intents.Where(intent => !View.Intents.ContainsKey(intent.Id)))
        {
            if (!await WriteAsync(StoredIntent.RecordKey(intent.Id), StoredIntent.EncodeRecord(intent)))
            {
                return false;
            }
        }
        return true;
    }

    private async Task<bool> PutPayloadAsync(byte[] payload) =>
        (await StoreRetry.UntilOkAsync((stores.Blob, Key: StoredFact.PayloadKey(StoredFact.HashOf(payload)), payload),
            static s => s.Blob.PutAsync(s.Key, s.payload), AttemptsMax)).IsOk;

    private async Task<bool> WriteAsync(string key, string value) =>
        (await StoreRetry.UntilOkAsync((stores.KeyValue, key, value), static s => s.KeyValue.SetAsync(s.key, s.value), AttemptsMax)).IsOk;

    /// <summary>One atomic swap, retried on refusals. A timeout leaves it indeterminate (it may have
    /// applied), so it is resolved, never reported as a failure: the swap's first key is this commit's
    /// log entry, which is written once and never changes and names the attempt that wrote it, so
    /// reading it back says for certain whether this swap applied (it holds this entry), lost to another
    /// writer (another entry, even one that made the same change) or did not apply (empty), however
    /// long the read takes to answer.</summary>
    private async Task<Swap> CommitAsync(List<StateSwap> swaps)
    {
        for (int attempt = 0; attempt < AttemptsMax; attempt++)
        {
            StoreResult<bool> result = await _commits.PutStatesAsync(swaps);
            if (result.IsOk)
            {
                return result.Value ? Swap.Committed : Swap.Lost;
            }
            if (result.Status == StoreStatus.Timeout)
            {
                string entry = await ReadUntilAnsweredAsync(swaps[0].Key);
                SwapsResolved++;
                if (entry.Length > 0)
                {
                    return entry == swaps[0].New ? Swap.Committed : Swap.Lost;
                }
            }
        }
        return Swap.Failed;
    }

    /// <summary>Reads <paramref name="key"/> until the store answers, backing off on the virtual clock
    /// between rounds of reads: 1 ms doubling to 512 ms, then <see cref="ResolveBackoffMax"/>.</summary>
    private async Task<string> ReadUntilAnsweredAsync(string key)
    {
        for (int round = 0; ; round++)
        {
            StoreResult<string> state = await StoreRetry.UntilOkAsync((stores.Object, key), static s => s.Object.GetStateAsync(s.key), AttemptsMax);
            if (state.IsOk)
            {
                return state.Value;
            }
            await runtime.Delay(round < 10 ? BackoffUnit * (1L << round) : ResolveBackoffMax);
        }
    }
}
