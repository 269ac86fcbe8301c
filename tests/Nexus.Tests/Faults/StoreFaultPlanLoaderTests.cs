using Nexus.Engine.Faults;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Faults;

/// <summary>A fault plan file gives exactly its windows, each on the named store set, and a bad one is
/// refused naming the file, the line and the field.</summary>
public sealed class StoreFaultPlanLoaderTests
{
    [Test]
    public void The_committed_plan_reads_as_its_four_windows()
    {
        FaultPlan plan = StoreFaultPlanLoader.Load(Path.Combine(RepositoryPaths.Root, "configs", "faults", "outage-then-spike.yaml"), "stores");
        Assert.That(plan.Describe(null), Is.EqualTo(new[]
        {
            "outage stores from 5 s to 10 s",
            "timeout-storm stores from 15 s to 17 s",
            "latency-spike 400 ms stores from 20 s to 30 s",
            "staleness 120000 ms stores from 30 s to 60 s",
        }));
        Assert.That(plan.Windows.Select(window => window.Target), Is.All.EqualTo("stores"));
        Assert.That(plan.Windows[2].Magnitude, Is.EqualTo(SimDuration.FromMilliseconds(400)));
    }

    [TestCase("faults:\n  - {kind: crash, start_s: 1, end_s: 2}\n", "plan.yaml:2: faults[0].kind: unknown value 'crash'")]
    [TestCase("faults:\n  - {kind: outage, start_s: 3, end_s: 2}\n", "plan.yaml:2: faults[0].end_s: a fault must end after it starts")]
    [TestCase("faults:\n  - {kind: latency-spike, start_s: 1, end_s: 2}\n", "faults[0].extra_ms")]
    [TestCase("faults:\n  - {kind: staleness, start_s: 1, end_s: 2, bound_s: 0}\n", "faults[0].bound_s")]
    [TestCase("faults:\n  - {kind: outage, start_s: 1, end_s: 2, extra: 1}\n", "faults[0].extra: unknown key")]
    [TestCase("windows: []\n", "faults")]
    public void A_bad_plan_is_refused_naming_the_file_line_and_field(string text, string expected)
    {
        ConfigError error = Assert.Throws<ConfigError>(() => StoreFaultPlanLoader.Parse("plan.yaml", text, "stores"))!;
        Assert.That(error.Message, Does.Contain(expected));
        Assert.That(error.Message, Does.StartWith("plan.yaml:"));
    }
}
