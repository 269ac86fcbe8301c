namespace Nexus.Oracle.Loop;

/// <summary>The propose -> verify -> correct loop over any <see cref="ILoopWorld{TState, TAction, TDelta}"/>,
/// in the exact step order of the network-world spec (section 9.5): propose from the coupled state;
/// consult if the budget allows and either the backstop forces it (<c>B − calls ≥ T − t</c>) or the
/// policy asks; a consult corrects from the oracle applied to the coupled state itself, fully or by
/// probe; divergence is measured against the ground-truth rollout.</summary>
public static class WorldLoop
{
    /// <summary>Runs the loop; a null <paramref name="budget"/> means no cap and no backstop; a null
    /// <paramref name="probe"/> means full consultation. The ground truth is rolled out step by step beside
    /// the coupled state (the oracle is a pure function, so this is the same rollout, and each state is
    /// used while it is still in the cache). A world that is a struct gets code of its own, with direct calls.</summary>
    public static LoopRecord Run<TWorld, TState, TAction, TDelta>(TWorld world,
        Func<TState, TAction, LoopProposal<TDelta>> propose, TState initial, IReadOnlyList<TAction> actions,
        IConsultationPolicy policy, int? budget, ProbeCorrection<TState>? probe = null)
        where TWorld : ILoopWorld<TState, TAction, TDelta>
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(propose);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(policy);
        int steps = actions.Count;
        TState truth = initial; // the ground-truth rollout, advanced in step with the coupled state
        TState coupled = initial;
        int calls = 0;
        long bits = 0;
        double accumulated = 0.0;
        var divergences = new double[steps];
        var schedule = new bool[steps];
        for (int t = 0; t < steps; t++)
        {
            TAction action = actions[t];
            truth = world.Next(truth, action);
            LoopProposal<TDelta> proposal = propose(coupled, action);
            TState predicted = world.Apply(coupled, proposal.Delta);
            accumulated += proposal.Signal;
            bool hasBudget = budget is null || calls < budget;
            bool mustSpend = budget is not null && budget - calls >= steps - t;
            bool consult = hasBudget && (mustSpend || policy.ShouldConsult(t, proposal.Signal, accumulated));
            if (consult)
            {
                calls++;
                accumulated = 0.0;
                TState oracleNext = world.Next(coupled, action);
                if (probe is null)
                {
                    coupled = oracleNext;
                    bits += world.FactCount(oracleNext);
                }
                else
                {
                    (coupled, long cost) = probe(coupled, predicted, oracleNext);
                    bits += cost;
                }
            }
            else
            {
                coupled = predicted;
            }
            schedule[t] = consult;
            divergences[t] = world.Divergence(truth, coupled);
        }
        return new LoopRecord(divergences, schedule, calls, bits);
    }

    /// <summary>The proposer's signals along its unaided trajectory (docs/network-world.md, The loop): from the initial
    /// state, each action's proposal is applied without any consult. What triggered policies calibrate on.</summary>
    public static double[] UnaidedSignals<TWorld, TState, TAction, TDelta>(TWorld world,
        Func<TState, TAction, LoopProposal<TDelta>> propose, TState initial, IReadOnlyList<TAction> actions)
        where TWorld : ILoopWorld<TState, TAction, TDelta>
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(propose);
        ArgumentNullException.ThrowIfNull(actions);
        TState state = initial;
        var signals = new double[actions.Count];
        for (int t = 0; t < actions.Count; t++)
        {
            LoopProposal<TDelta> proposal = propose(state, actions[t]);
            signals[t] = proposal.Signal;
            state = world.Apply(state, proposal.Delta);
        }
        return signals;
    }
}
