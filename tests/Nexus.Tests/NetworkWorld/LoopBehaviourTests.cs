using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

public sealed class LoopBehaviourTests
{
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(5, 3);

    public static IEnumerable<TestCaseData> Rollouts() =>
        from driver in new[] { "weighted", "adversarial" }
        from seed in new[] { 100, 101, 102, 103, 104 }
        select new TestCaseData(driver, seed).SetArgDisplayNames(driver, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static NetAction[] Actions(string driver, int seed, int steps = 24) =>
        [.. NetworkRollout.Run(Config, driver, seed, steps).Select(step => step.Action)];

    [TestCaseSource(nameof(Rollouts))]
    public void The_null_proposer_consulting_at_every_step_reproduces_the_oracle(string driver, int seed)
    {
        LoopRecord record = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), Actions(driver, seed),
            ConsultationPolicies.FixedInterval(1.0), Budget.Of(1.0, 24), ConsultMode.Full);
        Assert.That(record.Divergences, Has.All.Zero);
        Assert.That(record.OracleCalls, Is.EqualTo(24));
    }

    [TestCaseSource(nameof(Rollouts))]
    public void The_oracle_backed_proposer_never_drifts_without_consulting(string driver, int seed)
    {
        LoopRecord record = LoopRunner.Run(new OracleBackedProposer(), NetworkState.Initial(Config), Actions(driver, seed),
            ConsultationPolicies.FixedInterval(0.0), Budget.Of(0.0, 24), ConsultMode.Full);
        Assert.That(record.Divergences, Has.All.Zero);
        Assert.That(record.OracleCalls, Is.Zero);
    }

    [TestCaseSource(nameof(Rollouts))]
    public void The_budget_is_never_exceeded_and_the_backstop_spends_all_of_it(string driver, int seed)
    {
        foreach (double rho in new[] { 0.05, 0.1, 0.2, 0.3, 0.5, 1.0 })
        {
            int budget = Budget.Of(rho, 24);
            foreach (IConsultationPolicy policy in new[] { ConsultationPolicies.Never, ConsultationPolicies.FixedInterval(rho), ConsultationPolicies.Bernoulli(rho, seed) })
            {
                LoopRecord record = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), Actions(driver, seed), policy, budget, ConsultMode.Full);
                Assert.That(record.OracleCalls, Is.EqualTo(budget), $"rho {rho}: {record.ScheduleText}");
            }
        }
    }

    [TestCaseSource(nameof(Rollouts))]
    public void A_probe_corrects_strictly_less_than_a_full_consult_and_costs_fewer_bits(string driver, int seed)
    {
        NetAction[] actions = Actions(driver, seed);
        LoopRecord full = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), actions, ConsultationPolicies.FixedInterval(0.5), 12, ConsultMode.Full);
        LoopRecord probe = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), actions, ConsultationPolicies.FixedInterval(0.5), 12,
            ConsultMode.Probe, new RoundRobinProbe(Config));
        Assert.That(probe.OracleBits, Is.LessThan(full.OracleBits));
        // Over the rollout, not step by step: between consults both drift, and either may be closer for a while.
        Assert.That(probe.Divergences.Sum(), Is.GreaterThan(full.Divergences.Sum()));
    }

    [Test]
    public void Without_a_budget_there_is_neither_cap_nor_backstop()
    {
        NetAction[] actions = Actions("weighted", 100);
        LoopRecord never = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), actions, ConsultationPolicies.Never, null, ConsultMode.Full);
        LoopRecord always = LoopRunner.Run(new NullProposer(), NetworkState.Initial(Config), actions, ConsultationPolicies.FixedInterval(1.0), null, ConsultMode.Full);
        Assert.That((never.OracleCalls, always.OracleCalls), Is.EqualTo((0, 24)));
    }
}
