using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Transactions;

namespace Nexus.Oracle.Transactions;

/// <summary>A coordinator and its participants on one runtime, each a target of the fault timeline
/// (the coordinator "2pc/coordinator", the participants "2pc/p0", "2pc/p1", ...), the transactions run
/// through them, and the atomicity audit. Written against <see cref="ISimRuntime"/> only: the check runs
/// it on virtual time over a seed bank, and Coyote explores it on the task runtime, with one audit.</summary>
public sealed class TwoPhaseCommitRun
{
    /// <summary>The fault-timeline name of the coordinator.</summary>
    public const string CoordinatorTarget = "2pc/coordinator";

    /// <summary>The fault-timeline name of participant <paramref name="index"/>.</summary>
    public static string ParticipantTarget(int index) => "2pc/p" + index;

    /// <summary><paramref name="participants"/> participants and a coordinator with <paramref name="defences"/> on, on <paramref name="runtime"/>.</summary>
    public TwoPhaseCommitRun(ISimRuntime runtime, TwoPhaseCommitProfile profile, TwoPhaseCommitDefences? defences = null, int participants = 3)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentOutOfRangeException.ThrowIfLessThan(participants, 1);
        Runtime = runtime;
        Participants = [.. Enumerable.Range(0, participants).Select(i => new TransactionParticipant("p" + i, new RemoteBoundary(Runtime, ParticipantTarget(i)), profile))];
        Coordinator = new TwoPhaseCommitCoordinator(Runtime, profile, defences);
        Targets = new FaultTargets().Add(CoordinatorTarget, Coordinator);
        for (int i = 0; i < Participants.Length; i++)
        {
            Targets.Add(ParticipantTarget(i), Participants[i]);
        }
    }

    /// <summary>The runtime everything runs on.</summary>
    public ISimRuntime Runtime { get; }

    /// <summary>The participants.</summary>
    public TransactionParticipant[] Participants { get; }

    /// <summary>The coordinator.</summary>
    public TwoPhaseCommitCoordinator Coordinator { get; }

    /// <summary>The coordinator and every participant, by fault-timeline name.</summary>
    public FaultTargets Targets { get; }

    /// <summary>What each transaction's client was told.</summary>
    public Dictionary<string, TransactionOutcome> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Transactions run, with their writes per participant.</summary>
    public Dictionary<string, (TransactionParticipant Participant, IReadOnlyDictionary<string, string> Writes)[]> Transactions { get; } =
        new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="transaction"/>, writing its own name under each key given per participant.</summary>
    public async Task<TransactionOutcome> Execute(string transaction, params (TransactionParticipant Participant, string Key)[] writes)
    {
        (TransactionParticipant, IReadOnlyDictionary<string, string>)[] work =
            [.. writes.Select(w => (w.Participant, (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [w.Key] = transaction }))];
        Transactions[transaction] = work;
        TransactionOutcome outcome = await Coordinator.ExecuteAsync(transaction, work);
        Outcomes[transaction] = outcome;
        return outcome;
    }

    /// <summary>Restarts the coordinator and every participant that is down, and recovers every in-doubt transaction.</summary>
    public async Task RecoverAll()
    {
        if (!Coordinator.IsUp)
        {
            Coordinator.Restart();
        }
        foreach (TransactionParticipant participant in Participants.Where(p => !p.IsUp))
        {
            participant.Restart();
        }
        await Task.WhenAll(Participants.Select(p => p.RecoverAsync(Coordinator)).ToArray());
    }

    /// <summary>Every way the run broke atomicity, in transaction order: a participant that did not honour
    /// the decision (what the log holds, or abort by presumption), a client told otherwise, one still in
    /// doubt, a recorded protocol violation, or a value written by a transaction that did not commit.</summary>
    public List<string> AtomicityViolations()
    {
        var violations = new List<string>();
        foreach (var (transaction, work) in Transactions.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            TransactionOutcome decision = Coordinator.Decisions.GetValueOrDefault(transaction, TransactionOutcome.Aborted);
            if (Outcomes.TryGetValue(transaction, out TransactionOutcome told) && told != decision)
            {
                violations.Add($"{transaction}: the client was told {told}, the log says {decision}");
            }
            foreach (var (participant, _) in work)
            {
                TransactionOutcome? applied = participant.OutcomeOf(transaction);
                // Presumed abort: a participant that never prepared has nothing to undo.
                if (applied != decision && !(decision == TransactionOutcome.Aborted && applied is null))
                {
                    violations.Add($"{transaction}: decided {decision}, {participant.Name} applied {applied?.ToString() ?? "nothing"}");
                }
            }
        }
        foreach (TransactionParticipant participant in Participants)
        {
            violations.AddRange(participant.Violations);
            violations.AddRange(participant.InDoubt.Select(t => $"{participant.Name}: {t} still in doubt"));
            foreach (string key in participant.Data.Keys(""))
            {
                string writer = participant.Data.Read(key)!;
                if (Coordinator.Decisions.GetValueOrDefault(writer) != TransactionOutcome.Committed)
                {
                    violations.Add($"{participant.Name}: {key} holds the write of {writer}, which did not commit");
                }
            }
        }
        return violations;
    }
}
