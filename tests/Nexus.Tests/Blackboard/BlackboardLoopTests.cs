using Nexus.Oracle.Blackboard;
using Nexus.Oracle.Loop;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The same loop, policies and metrics as the network world, on the blackboard world.</summary>
public sealed class BlackboardLoopTests
{
    private static readonly BlackboardLimits Limits = new();
    private static readonly BlackboardLoopWorld World = new(Limits);

    private static IReadOnlyList<BlackboardAction> Actions(ulong seed) => BlackboardRollout.Actions(seed, 4, 40, Limits);

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_null_proposer_consulting_every_step_reproduces_the_oracle(ulong seed)
    {
        LoopRecord record = WorldLoop.Run(World, BlackboardProposers.Null, BlackboardState.Empty, Actions(seed),
            ConsultationPolicies.FixedInterval(1.0), Budget.Of(1.0, 40));
        Assert.That(record.Divergences, Has.All.Zero);
        Assert.That(record.OracleCalls, Is.EqualTo(40));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_oracle_backed_proposer_never_drifts_and_the_null_one_does(ulong seed)
    {
        LoopRecord oracle = WorldLoop.Run(World, BlackboardProposers.OracleBacked(Limits), BlackboardState.Empty, Actions(seed),
            ConsultationPolicies.Never, Budget.Of(0.0, 40));
        LoopRecord none = WorldLoop.Run(World, BlackboardProposers.Null, BlackboardState.Empty, Actions(seed),
            ConsultationPolicies.Never, Budget.Of(0.0, 40));
        Assert.That(oracle.Divergences, Has.All.Zero);
        Assert.That(none.Divergences[^1], Is.GreaterThan(0.0));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_budget_is_spent_exactly_and_noisier_proposers_drift_further(ulong seed)
    {
        var actions = Actions(seed);
        foreach (double rho in new[] { 0.1, 0.3, 0.5 })
        {
            LoopRecord record = WorldLoop.Run(World, BlackboardProposers.Noisy(Limits, 0.5, seed), BlackboardState.Empty, actions,
                ConsultationPolicies.FixedInterval(rho), Budget.Of(rho, 40));
            Assert.That(record.OracleCalls, Is.EqualTo(Budget.Of(rho, 40)));
        }
        double Drift(double p) => WorldLoop.Run(World, BlackboardProposers.Noisy(Limits, p, seed), BlackboardState.Empty, actions,
            ConsultationPolicies.Never, 0).Divergences.Sum();
        Assert.That(Drift(0.0), Is.Zero);
        Assert.That(Drift(0.8), Is.GreaterThan(Drift(0.1)));
    }

    [Test]
    public void Divergence_is_symmetric_bounded_and_zero_exactly_on_equal_states()
    {
        var states = new List<BlackboardState> { BlackboardState.Empty };
        foreach (BlackboardAction action in Actions(3))
        {
            states.Add(BlackboardOracle.Step(states[^1], action, Limits).State);
        }
        foreach (BlackboardState a in states.Where((_, i) => i % 4 == 0))
        {
            foreach (BlackboardState b in states.Where((_, i) => i % 4 == 0))
            {
                double d = BlackboardMetrics.Divergence(a, b);
                Assert.That(d, Is.InRange(0.0, 1.0));
                Assert.That(d, Is.EqualTo(BlackboardMetrics.Divergence(b, a)));
                Assert.That(d == 0, Is.EqualTo(a.Difference(b) is null));
            }
        }
    }
}
