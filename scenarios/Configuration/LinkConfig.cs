using Nexus.Engine;
using Nexus.Engine.Messaging;

namespace Nexus.Scenarios.Configuration;

/// <summary>Reads how a message network's links behave from a config mapping: <c>latency</c> (a
/// distribution), <c>loss_probability</c>, <c>duplication_probability</c>, <c>reorder_probability</c>.</summary>
/// <example><code>network: { latency: { distribution: lognormal, median_ms: 5, sigma: 0.5 }, loss_probability: 0.05, duplication_probability: 0.02, reorder_probability: 0.05 }</code></example>
public static class LinkConfig
{
    /// <summary>The links under <paramref name="section"/>; an unknown key or a probability outside [0, 1] is an error naming it.</summary>
    public static LinkOptions Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new LinkOptions(
            DistributionConfig.Read(section, "latency"),
            new Probability(section.Number("loss_probability", 0, 1)),
            new Probability(section.Number("duplication_probability", 0, 1)),
            new Probability(section.Number("reorder_probability", 0, 1)));
        section.RejectUnknownKeys();
        return options;
    }
}
