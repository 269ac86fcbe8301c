using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Configuration;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Tests.Attacks;

/// <summary>The capability gap report: without compare-and-swap on the object store the replay
/// scenario fails through the boundary, and the report names the missing capability with evidence and
/// says no orchestration change can fix it; a key-value store with unbounded staleness breaks nothing,
/// since the orchestration decides only from the object store.</summary>
public sealed class GapReportTests
{
    [Test]
    public void Without_compare_and_swap_replay_fails_at_depth_2_and_the_capability_is_named_with_evidence()
    {
        AttackCampaign campaign = Campaigns.FirstSeeds(2) with { Scenarios = [Campaigns.Committed.Scenarios.Single(s => s.Scenario.Name == "replay")] };
        var sweep = new GapReportSpec([StoreFoundation.Named("object-store-without-cas"), StoreFoundation.Named("key-value-unbounded-staleness")], 2);
        IReadOnlyList<FoundationGap> gaps = Campaigns.RunWhole(campaign with { Foundations = sweep }).Gaps;

        FoundationGap noCas = gaps[0];
        Assert.That(noCas.Failing.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}"), Is.EqualTo(new[] { "replay@depth-2" }));
        Assert.That(noCas.Foundation.OrchestrationCanFix, Is.False);
        Assert.That(gaps[1].Failing, Is.Empty);

        string report = GapReport.Markdown(campaign, gaps);
        Assert.That(report, Does.Contain("Missing foundation capability: compare-and-swap"));
        Assert.That(report, Does.Match(@"replay at depth-2: VIOLATED on \d of 2 seeds; seed \d+, step \d+"));
        Assert.That(report, Does.Contain("--foundation object-store-without-cas`"));
        Assert.That(report, Does.Contain("## key-value-unbounded-staleness\n\nNo scenario fails"));
    }

    [Test]
    public void An_unknown_foundation_is_refused_naming_the_known_ones()
    {
        string text = Campaigns.CommittedText.Replace("variants: [object-store-without-cas,", "variants: [quantum-store,", StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(Campaigns.CommittedText));
        var error = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Campaigns.CommittedPath, text));
        Assert.That(error!.Message, Does.Contain("foundations.variants: unknown foundation 'quantum-store' (known: object-store-without-cas"));
    }
}
