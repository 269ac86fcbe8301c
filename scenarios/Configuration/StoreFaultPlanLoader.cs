using Nexus.Engine.Faults;
using Nexus.Engine.Time;

namespace Nexus.Scenarios.Configuration;

/// <summary>Loads the fault windows of one store set from a YAML file, strictly (an unknown key, a kind
/// that is not a store fault, an end not after its start, a missing magnitude is an error naming the
/// file, the line and the field):
/// <code>
/// faults:
///   - {kind: outage, start_s: 2, end_s: 4}
///   - {kind: timeout-storm, start_s: 5, end_s: 6}
///   - {kind: latency-spike, start_s: 6, end_s: 9, extra_ms: 300}
///   - {kind: staleness, start_s: 8, end_s: 20, bound_s: 120}
/// </code>
/// Times are seconds of the run's clock from its start.</summary>
public static class StoreFaultPlanLoader
{
    private const double SecondsMax = 86_400;

    private static readonly string[] Kinds = [.. new[] { FaultKind.Outage, FaultKind.TimeoutStorm, FaultKind.LatencySpike, FaultKind.Staleness }.Select(FaultWindow.Name)];

    /// <summary>The plan in <paramref name="path"/>, every window on the store set named <paramref name="stores"/>.</summary>
    public static FaultPlan Load(string path, string stores)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.ReadAllText(path), stores);
    }

    /// <summary>Parses <paramref name="text"/> as the plan file <paramref name="path"/>.</summary>
    public static FaultPlan Parse(string path, string text, string stores)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        var plan = new FaultPlan();
        foreach (ConfigSection window in root.Sections("faults"))
        {
            string kind = window.OneOf("kind", Kinds);
            double start = window.Number("start_s", 0, SecondsMax);
            double end = window.Number("end_s", 0, SecondsMax);
            if (end <= start)
            {
                throw window.ErrorAt("end_s", $"a fault must end after it starts ({start} s), got {end} s");
            }
            (SimTime from, SimTime to) = (SimTime.FromSeconds(start), SimTime.FromSeconds(end));
            _ = kind switch
            {
                "outage" => plan.Outage(stores, from, to),
                "timeout-storm" => plan.TimeoutStorm(stores, from, to),
                "latency-spike" => plan.LatencySpike(stores, DistributionConfig.Milliseconds(window, "extra_ms", positive: true), from, to),
                _ => plan.Staleness(stores, SimDuration.FromSeconds(window.Number("bound_s", 0.001, SecondsMax)), from, to),
            };
            window.RejectUnknownKeys();
        }
        root.RejectUnknownKeys();
        return plan;
    }
}
