using Nexus.Experiments.Sharding;

namespace Nexus.Tests.Sharding;

/// <summary>The executor puts unit k's result in slot k whatever the workers, runs exactly the units of
/// its shard, reports progress once per unit, and rethrows the lowest unit's failure as one worker would.</summary>
public sealed class SweepExecutorTests
{
    [Test]
    public void Results_land_in_unit_order_for_any_number_of_workers()
    {
        long[] Run(int workers) => SweepExecutor.Run(200, unit => (long)unit * unit, null, workers, (_, _) => { });

        Assert.That(Run(4), Is.EqualTo(Run(1)));
        Assert.That(Run(1), Is.EqualTo(Enumerable.Range(0, 200).Select(unit => (long)unit * unit)));
    }

    [Test]
    public void A_shard_runs_exactly_its_units_round_robin()
    {
        var ran = new List<int>();
        string?[] results = SweepExecutor.Run(10, unit =>
        {
            lock (ran)
            {
                ran.Add(unit);
            }
            return unit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, new Shard(1, 3), 2, (_, _) => { });

        Assert.That(ran.Order(), Is.EqualTo(new[] { 1, 4, 7 }));
        Assert.That(results, Is.EqualTo(new[] { null, "1", null, null, "4", null, null, "7", null, null }));
    }

    [Test]
    public void Progress_counts_every_unit_once_one_call_at_a_time()
    {
        var reports = new List<(int Done, int Total)>();
        SweepExecutor.Run(50, unit => unit, new Shard(0, 2), 3, (done, total) => reports.Add((done, total)));

        Assert.That(reports, Is.EqualTo(Enumerable.Range(1, 25).Select(done => (done, 25))));
    }

    [Test]
    public void The_lowest_failing_unit_fails_the_run_as_with_one_worker()
    {
        int Fail(int unit) => unit is 13 or 31 ? throw new InvalidOperationException($"unit {unit}") : unit;

        var one = Assert.Throws<InvalidOperationException>(() => SweepExecutor.Run(40, Fail, null, 1, (_, _) => { }));
        var four = Assert.Throws<InvalidOperationException>(() => SweepExecutor.Run(40, Fail, null, 4, (_, _) => { }));

        Assert.That(one!.Message, Is.EqualTo("unit 13"));
        Assert.That(four!.Message, Is.EqualTo("unit 13"));
    }

    [TestCase("0/1", 0, 1)]
    [TestCase("6/7", 6, 7)]
    public void A_shard_parses_from_i_slash_n(string text, int index, int count)
    {
        Assert.That(Shard.TryParse(text, out Shard shard, out _), Is.True);
        Assert.That(shard, Is.EqualTo(new Shard(index, count)));
    }
}
