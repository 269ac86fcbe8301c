using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Attacks;
using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Configuration;
using Nexus.Scenarios.Exchange;

namespace Nexus.Tests.Attacks;

/// <summary>The spam sweep: at the trait depth no rate degrades honest throughput; through the
/// boundary a flood does, the sweep finds the threshold and emits a throttle Hint there, and the Hint
/// raises honest throughput under the heaviest flood. Its grid must rise from a no-spam run.</summary>
public sealed class SpamThresholdSearchTests
{
    [Test]
    public void The_depths_differ_the_threshold_is_found_through_the_boundary_and_the_hint_raises_throughput()
    {
        AttackCampaign campaign = Campaigns.FirstSeeds(2);
        ScenarioSpec spam = campaign.Scenarios.Single(s => s.Sweep is not null);
        spam = spam with { Sweep = spam.Sweep! with { Rates = [0, 20, 160], Seeds = 2 } };
        CampaignRuns runs = Campaigns.RunWhole(campaign with { Scenarios = [spam], Foundations = null });
        SpamPoint[] points = [.. Campaigns.Spam(runs).SelectMany(depth => depth.Points)];
        SpamThreshold[] thresholds = [.. Campaigns.Spam(runs).Select(depth => depth.Threshold)];

        Assert.That(thresholds.Single(t => t.Depth == "depth-1").Rate, Is.Null, "in-process stores answer at once: a flood costs honest agents nothing");
        SpamThreshold boundary = thresholds.Single(t => t.Depth == "depth-2");
        Assert.That(boundary.Rate, Is.Not.Null);
        Assert.That(boundary.Hint, Does.StartWith("max-intents-per-agent-per-second:"));
        double open = points.Single(p => p.Depth == "depth-2" && p.Rate == 160 && !p.Throttled).Throughput;
        double throttled = points.Single(p => p.Depth == "depth-2" && p.Rate == 160 && p.Throttled).Throughput;
        Assert.That(open, Is.LessThan(boundary.Floor));
        Assert.That(throttled, Is.GreaterThan(open));
    }

    [Test]
    public void A_grid_that_does_not_rise_from_zero_is_refused()
    {
        string text = Campaigns.CommittedText.Replace("rates: [0, 10,", "rates: [5, 10,", StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(Campaigns.CommittedText));
        var error = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Campaigns.CommittedPath, text));
        Assert.That(error!.Message, Does.Contain("scenarios[4].sweep.rates: the rates must rise from 0"));
    }
}
