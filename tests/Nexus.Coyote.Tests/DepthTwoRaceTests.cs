using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;
using Nexus.Coyote.Tests.Hunts;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>Two session flushes race on one compare-and-swap key from the same expected state, through
/// the depth-2 boundary under cf-workers: exactly one may win. The object store serializes per key;
/// with that defence switched off its server compares and writes in separate steps, a race inside the
/// depth-2 path, and Coyote finds it and replays its trace.</summary>
public sealed class DepthTwoRaceTests
{
    private const string TwoWinners = "two sessions won the same compare-and-swap";

    [Test]
    public void Two_flushes_on_one_key_have_exactly_one_winner_over_1000_iterations()
    {
        using var engine = CoyoteConfiguration.Run(1000, () => TwoFlushesOnOneKey(serialized: true));

        CoyoteConfiguration.AssertNoBug(engine, 1000);
    }

    [Test]
    public void A_target_without_per_key_serialization_lets_both_win_within_1000_iterations_and_the_trace_replays_it()
    {
        using var engine = CoyoteConfiguration.Run(1000, () => TwoFlushesOnOneKey(serialized: false));

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
        Assert.That(engine.TestReport.BugReports.Single(), Does.Contain(TwoWinners));

        using var replay = CoyoteConfiguration.Replay(engine, () => TwoFlushesOnOneKey(serialized: false));
        Assert.That(replay.TestReport.BugReports.Single(), Does.Contain(TwoWinners));
    }

    private static async Task TwoFlushesOnOneKey(bool serialized)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        StoreSet stores = StoreSet.Remote(runtime, Profiles.CloudflareWorkers,
            defences: serialized ? StoreDefences.All : StoreDefences.All.Without("per-key-serialization"));
        try
        {
            await Hunts.Scenarios.TwoFlushesOnOneKey.RunAsync(runtime, stores);
        }
        catch (ScenarioViolation violation)
        {
            CoyoteSpecification.Assert(false, "{0}", violation.Message);
        }
    }
}
