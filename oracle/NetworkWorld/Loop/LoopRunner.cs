using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>The propose -> verify -> correct loop of spec section 9.5, step for step: propose from the
/// coupled state; consult if the budget allows and either the backstop forces it
/// (<c>B − calls ≥ T − t</c>) or the policy asks; a consult corrects the coupled state from the oracle
/// applied to the coupled state itself (full) or to one probed host (probe); divergence is measured
/// against the ground-truth rollout.</summary>
public static class LoopRunner
{
    /// <summary>Runs the loop over <paramref name="actions"/> from <paramref name="initial"/>; a null
    /// <paramref name="budget"/> means no cap and no backstop.</summary>
    public static LoopRecord Run(IProposer proposer, NetworkState initial, IReadOnlyList<NetAction> actions, IConsultationPolicy policy,
        int? budget, ConsultMode mode, IProbePolicy? probe = null)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(policy);
        if (mode == ConsultMode.Probe && probe is null)
        {
            throw new ArgumentException("probe mode needs a probe policy", nameof(probe));
        }
        int steps = actions.Count;
        var truth = new NetworkState[steps + 1];
        truth[0] = initial;
        for (int t = 0; t < steps; t++)
        {
            truth[t + 1] = NetworkOracle.Step(truth[t], actions[t]).Next;
        }
        NetworkState coupled = initial;
        int calls = 0;
        long bits = 0;
        double accumulated = 0.0;
        var divergences = new double[steps];
        var schedule = new bool[steps];
        for (int t = 0; t < steps; t++)
        {
            Proposal proposal = proposer.Propose(coupled, actions[t]);
            NetworkState predicted = NetDelta.Apply(coupled, proposal.Delta);
            accumulated += proposal.Signal;
            bool hasBudget = budget is null || calls < budget;
            bool mustSpend = budget is not null && budget - calls >= steps - t;
            bool consult = hasBudget && (mustSpend || policy.ShouldConsult(t, proposal.Signal, accumulated));
            if (consult)
            {
                calls++;
                accumulated = 0.0;
                NetworkState oracleNext = NetworkOracle.Step(coupled, actions[t]).Next;
                if (mode == ConsultMode.Full)
                {
                    coupled = oracleNext;
                    bits += NetworkMetrics.FactCount(oracleNext);
                }
                else
                {
                    HostObservation observation = HostObservation.Of(oracleNext, probe!.Select(coupled));
                    coupled = observation.Filter(predicted);
                    bits += observation.Bits;
                }
            }
            else
            {
                coupled = predicted;
            }
            schedule[t] = consult;
            divergences[t] = NetworkMetrics.Divergence(truth[t + 1], coupled);
        }
        return new LoopRecord(divergences, schedule, calls, bits);
    }
}
