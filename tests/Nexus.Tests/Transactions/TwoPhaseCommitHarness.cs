using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Configuration;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Transactions;

namespace Nexus.Tests.Transactions;

/// <summary>A coordinator and three participants on one runtime, and the atomicity audit.</summary>
internal sealed class TwoPhaseCommitHarness
{
    public static readonly TwoPhaseCommitProfile Committed = TwoPhaseCommitProfileLoader.Load(RepositoryPaths.Profile("two-phase-commit"));

    /// <summary>No faults and a constant 2 ms round trip, for scenarios that place a crash exactly.</summary>
    public static readonly TwoPhaseCommitProfile Quiet = Committed with
    {
        Message = Committed.Message with
        {
            Latency = DurationDistribution.Constant(SimDuration.FromMilliseconds(2)),
            UnavailableProbability = Probability.Zero,
        },
        VoteNoProbability = Probability.Zero,
    };

    /// <summary>The fault-timeline name of the coordinator; participants are "2pc/p0" to "2pc/p2".</summary>
    public const string CoordinatorTarget = "2pc/coordinator";

    /// <summary>Three participants and a coordinator, built by <paramref name="coordinator"/> when given
    /// (a test double), with a durable decision log otherwise.</summary>
    public TwoPhaseCommitHarness(ulong seed, TwoPhaseCommitProfile profile,
        Func<ISimRuntime, TwoPhaseCommitProfile, TwoPhaseCommitCoordinator>? coordinator = null)
    {
        Runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 20_000_000 });
        Participants = Enumerable.Range(0, 3)
            .Select(i => new TransactionParticipant("p" + i, new RemoteBoundary(Runtime, "2pc/p" + i), profile)).ToArray();
        Coordinator = coordinator?.Invoke(Runtime, profile) ?? new TwoPhaseCommitCoordinator(Runtime, profile);
        Targets = new FaultTargets().Add(CoordinatorTarget, Coordinator);
        foreach (TransactionParticipant participant in Participants)
        {
            Targets.Add("2pc/" + participant.Name, participant);
        }
    }

    /// <summary>The coordinator and every participant, by fault-timeline name.</summary>
    public FaultTargets Targets { get; }

    /// <summary>What each transaction's client was told.</summary>
    public Dictionary<string, TransactionOutcome> Outcomes { get; } = [];

    public VirtualRuntime Runtime { get; }

    public TransactionParticipant[] Participants { get; }

    public TwoPhaseCommitCoordinator Coordinator { get; }

    /// <summary>Transactions run, with their writes per participant.</summary>
    public Dictionary<string, (TransactionParticipant Participant, IReadOnlyDictionary<string, string> Writes)[]> Transactions { get; } = [];

    public async Task<TransactionOutcome> Execute(string transaction, params (TransactionParticipant Participant, string Key)[] writes)
    {
        var work = writes.Select(w => (w.Participant, (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [w.Key] = transaction })).ToArray();
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
        await Task.WhenAll(Participants.Select(p => p.RecoverAsync(Coordinator)));
    }

    /// <summary>Every way the run broke atomicity: a participant that did not honour the decision (what
    /// the log holds, or abort by presumption), a client told otherwise, one still in doubt, a recorded
    /// protocol violation, or a value written by an aborted transaction.</summary>
    public List<string> AtomicityViolations()
    {
        var violations = new List<string>();
        foreach (var (transaction, work) in Transactions)
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
                bool honoured = applied == decision || (decision == TransactionOutcome.Aborted && applied is null);
                if (!honoured)
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
