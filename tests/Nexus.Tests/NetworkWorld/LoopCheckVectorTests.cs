using System.Globalization;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Oracle.Statistics;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

/// <summary>The loop's check vectors from the reference implementation: the null proposer at rho 0,
/// oracle-bit accounting in full and probe mode, policy schedules, and metric and helper values.</summary>
public sealed class LoopCheckVectorTests
{
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(5, 3);

    private static NetAction[] Actions(int steps, string driver = "weighted", int seed = 100) =>
        [.. NetworkRollout.Run(Config, driver, seed, steps).Select(step => step.Action)];

    private static LoopRecord Run(IProposer proposer, int steps, double rho, IConsultationPolicy policy, ConsultMode mode, IProbePolicy? probe = null) =>
        LoopRunner.Run(proposer, NetworkState.Initial(Config), Actions(steps), policy, Budget.Of(rho, steps), mode, probe);

    private static string[] R(IEnumerable<double> values) => [.. values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];

    [Test]
    public void The_null_proposer_at_rho_0_drifts_as_the_reference_and_consults_nothing()
    {
        LoopRecord record = Run(new NullProposer(), 24, 0.0, ConsultationPolicies.FixedInterval(0.0), ConsultMode.Full);
        Assert.That(R(record.Divergences.Take(8)), Is.EqualTo(new[] { "0.06666666666666667", "0.2", "0.2", "0.2", "0.2", "0.2", "0.25", "0.25" }));
        Assert.That((record.OracleCalls, record.OracleBits), Is.EqualTo((0, 0L)));
    }

    [Test]
    public void One_full_consult_at_step_36_reveals_17_symbols_and_probes_cost_7_5_4_3_3()
    {
        var steps = NetworkRollout.Run(Config, "weighted", 100, 37);
        NetworkState truth = steps[36].Transition.Next;
        Assert.That(steps[36].Action.Raw, Is.EqualTo("advance"));
        Assert.That(truth.Facts().Count, Is.EqualTo(17));
        Assert.That(Config.Hosts.Select(host => HostObservation.Of(truth, host).Bits), Is.EqualTo(new[] { 7, 5, 4, 3, 3 }));
    }

    [Test]
    public void The_oracle_backed_proposer_at_rho_1_pays_66_bits_in_full_mode_and_12_probing_round_robin()
    {
        LoopRecord full = Run(new OracleBackedProposer(), 8, 1.0, ConsultationPolicies.FixedInterval(1.0), ConsultMode.Full);
        LoopRecord probe = Run(new OracleBackedProposer(), 8, 1.0, ConsultationPolicies.FixedInterval(1.0), ConsultMode.Probe, new RoundRobinProbe(Config));
        Assert.That(full.OracleBits, Is.EqualTo(66));
        Assert.That(probe.OracleBits, Is.EqualTo(12));
        Assert.That(full.Divergences.Concat(probe.Divergences), Has.All.Zero);
    }

    [Test]
    public void The_null_proposer_at_rho_1_is_repaired_by_full_consults_but_not_by_round_robin_probes()
    {
        LoopRecord full = Run(new NullProposer(), 6, 1.0, ConsultationPolicies.FixedInterval(1.0), ConsultMode.Full);
        LoopRecord probe = Run(new NullProposer(), 6, 1.0, ConsultationPolicies.FixedInterval(1.0), ConsultMode.Probe, new RoundRobinProbe(Config));
        Assert.That(full.Divergences, Has.All.Zero);
        Assert.That(full.OracleBits, Is.EqualTo(48));
        Assert.That(R(probe.Divergences), Is.EqualTo(new[] { "0.06666666666666667", "0.2", "0.2", "0.2", "0.2", "0.2" }));
        Assert.That(probe.OracleBits, Is.EqualTo(6));
    }

    [Test]
    public void Schedules_of_the_null_proposer_at_rho_0_3_match_the_reference()
    {
        const double rho = 0.3;
        LoopRecord fixedFull = Run(new NullProposer(), 24, rho, ConsultationPolicies.FixedInterval(rho), ConsultMode.Full);
        LoopRecord fixedProbe = Run(new NullProposer(), 24, rho, ConsultationPolicies.FixedInterval(rho), ConsultMode.Probe, new RoundRobinProbe(Config));
        LoopRecord drift = Run(new NullProposer(), 24, rho, ConsultationPolicies.DriftTriggered(0.0), ConsultMode.Full);
        LoopRecord uncertainty = Run(new NullProposer(), 24, rho, ConsultationPolicies.UncertaintyTriggered(0.0), ConsultMode.Full);
        LoopRecord randomProbe = Run(new NullProposer(), 24, rho, ConsultationPolicies.FixedInterval(rho), ConsultMode.Probe, new RandomProbe(Config, 5));

        Assert.That((fixedFull.ScheduleText, fixedFull.OracleBits), Is.EqualTo(("100100100100100100100000", 62L)));
        Assert.That((fixedProbe.ScheduleText, fixedProbe.OracleBits), Is.EqualTo(("100100100100100100100000", 8L)));
        Assert.That((drift.ScheduleText, drift.OracleBits), Is.EqualTo(("000000000000000001111111", 57L)));
        Assert.That((uncertainty.ScheduleText, uncertainty.OracleBits), Is.EqualTo(("000000000000000001111111", 57L)));
        Assert.That(randomProbe.OracleBits, Is.EqualTo(8));
    }

    [TestCase(0.05, 24, "100000000000000000000000")]
    [TestCase(0.1, 24, "100000000010000000000000")]
    [TestCase(0.2, 24, "100001000010000100000000")]
    [TestCase(0.5, 24, "101010101010101010101010")]
    [TestCase(0.4, 10, "1010101000")]
    [TestCase(0.7, 10, "1111111000")]
    [TestCase(0.6, 10, "1010101011")]
    [TestCase(1.0, 10, "1111111111")]
    public void The_fixed_interval_schedule_depends_only_on_rho_and_t(double rho, int steps, string expected)
    {
        LoopRecord record = Run(new NullProposer(), steps, rho, ConsultationPolicies.FixedInterval(rho), ConsultMode.Full);
        Assert.That(record.ScheduleText, Is.EqualTo(expected));
        Assert.That(record.OracleCalls, Is.LessThanOrEqualTo(Budget.Of(rho, steps)), "the budget is never exceeded");
    }

    [TestCase(0.29, 100, 28)]
    [TestCase(0.3, 24, 7)]
    [TestCase(0.1, 30, 3)]
    [TestCase(0.7, 10, 7)]
    public void The_budget_is_the_floor_of_one_binary64_product(double rho, int steps, int budget)
    {
        Assert.That(Budget.Of(rho, steps), Is.EqualTo(budget));
    }

    [Test]
    public void Calibration_matches_the_reference_thresholds()
    {
        double[] signals24 = [.. Enumerable.Range(0, 24).Select(i => (double)i)];
        double[] signals6 = [.. Enumerable.Range(0, 6).Select(i => (double)i)];
        Assert.That(ConsultationPolicies.CalibrateUncertainty(signals24, 0.3), Is.EqualTo(16.0));
        Assert.That(ConsultationPolicies.CalibrateUncertainty(signals24, 0.2), Is.EqualTo(18.0));
        Assert.That(ConsultationPolicies.CalibrateDrift(signals24, 0.3).ToString("R", CultureInfo.InvariantCulture), Is.EqualTo("39.42857142857143"));
        Assert.That(ConsultationPolicies.CalibrateDrift(signals24, 0.0), Is.EqualTo(double.PositiveInfinity));
        Assert.That(ConsultationPolicies.CalibrateUncertainty(signals6, 0.5), Is.EqualTo(2.0));
    }

    [Test]
    public void Bootstrap_intervals_match_the_reference()
    {
        double[] values = [0.5, 1.5, 2.0, 4.0];
        BootstrapInterval defaults = BootstrapInterval.Of(values);
        BootstrapInterval small = BootstrapInterval.Of(values, resamples: 10, seed: 3);
        Assert.That((defaults.Low, defaults.High), Is.EqualTo((0.875, 3.375)));
        Assert.That((small.Low, small.High), Is.EqualTo((1.375, 3.0)));
        Assert.That(defaults.Mean, Is.EqualTo(2.0));
        Assert.That(BootstrapInterval.Of([]).Mean, Is.NaN);
        Assert.That(BootstrapInterval.Of([7.0]), Is.EqualTo(new BootstrapInterval(7.0, 7.0, 7.0)));
    }

    [Test]
    public void Exact_summation_rounds_once()
    {
        double[] tenths = [0.1, 0.2, 0.3];
        Assert.That(ExactSum.Of(tenths), Is.EqualTo(0.6));
        Assert.That(tenths.Sum(), Is.Not.EqualTo(0.6), "plain summation does not");
        Assert.That(ExactSum.Of([1e100, 1.0, -1e100, 1e-100]), Is.EqualTo(1.0));
    }

    [Test]
    public void A_rho_outside_the_unit_interval_is_rejected_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Budget.Of(1.5, 24));
        Assert.That(error!.Message, Does.Contain("1.5"));
    }
}
