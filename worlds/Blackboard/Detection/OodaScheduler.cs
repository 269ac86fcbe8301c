using System.Text;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Detection;

/// <summary>The OODA loop: every tick, housekeeping (stale claims released, old unclaimed Intents
/// evicted), then every detector over the state, each new finding submitted as a Fact through the
/// exchange contract under the scheduler's own identity. A finding's Fact is content-addressed
/// (origin time 0), so submitting it again is a replay: findings are submitted idempotently.</summary>
public sealed class OodaScheduler(ISimRuntime runtime, BlackboardService blackboard, AgentIdentity identity, IReadOnlyList<IDetector> detectors)
{
    private static readonly string[] FindingPrefixes = ["gap/", "contradiction/", "state-change/"];

    /// <summary>The three detectors of the blackboard world (docs/blackboard-world.md).</summary>
    public static IReadOnlyList<IDetector> StandardDetectors { get; } = [new GapDetector(), new ContradictionDetector(), new StateChangeDetector()];

    /// <summary>True for the asset ids findings are recorded under.</summary>
    public static bool IsFinding(string assetId) => FindingPrefixes.Any(prefix => assetId.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Ticks until <paramref name="until"/>.</summary>
    public async Task RunAsync(SimTime until)
    {
        var interval = new SimDuration(blackboard.Limits.TickInterval);
        while (runtime.Now + interval <= until)
        {
            await runtime.Delay(interval);
            await blackboard.TickAsync();
            foreach (IDetector detector in detectors)
            {
                foreach ((string asset, string text) in detector.Detect(blackboard.View).ToArray())
                {
                    Fact finding = identity.CreateFact(new Content("text/plain", Encoding.UTF8.GetBytes(text)), new Origin(asset, 0));
                    if (!blackboard.View.Facts.ContainsKey(finding.Id))
                    {
                        await blackboard.ExchangeAsync(finding, "text/plain");
                    }
                }
            }
        }
    }
}
