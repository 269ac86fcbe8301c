using Nexus.Worlds.Commerce;

namespace Nexus.Tests.Commerce;

/// <summary>The two trust models' numbers, exactly as docs/commerce-world.md derives the threshold:
/// an anchored seller with one receipt 1 - exp(-1/2), a severed wash pair 0, the wash-inflated average
/// (0.5 + 4) / 6 = 0.75, and a seller with nothing but the prior 0.5.</summary>
public sealed class TrustScoresTests
{
    private static readonly Receipt[] Cycle = [R("a", "b"), R("b", "c"), R("c", "a")];

    private static readonly Receipt[] Wash = [R("partner", "shill"), R("partner", "shill"), R("partner", "shill"), R("partner", "shill"), R("shill", "partner")];

    [Test]
    public void Under_agent_receipts_the_anchor_cycle_counts_and_the_wash_pair_is_severed()
    {
        SortedDictionary<string, double> scores = TrustScores.Compute(TrustModel.AgentReceipts, [.. Cycle, .. Wash], ["shill"], "a");

        Assert.That(scores["a"], Is.EqualTo(1 - Math.Exp(-0.5)).Within(1e-15));
        Assert.That(scores["a"], Is.EqualTo(0.3935).Within(1e-4));
        Assert.That(scores["shill"], Is.Zero);
        Assert.That(scores["partner"], Is.Zero);
        Assert.That(TrustScores.ComponentOf("a", [.. Cycle, .. Wash]), Is.EquivalentTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Under_agent_receipts_an_anchored_seller_loses_half_a_point_per_non_delivery()
    {
        Receipt[] twice = [.. Cycle, R("buyer", "a")];
        SortedDictionary<string, double> scores = TrustScores.Compute(TrustModel.AgentReceipts, twice, ["a"], "a");

        Assert.That(scores["a"], Is.EqualTo(Math.Max(0, 1 - Math.Exp(-1) - 0.5)).Within(1e-15));
    }

    [Test]
    public void Under_score_average_the_wash_trades_lift_the_shill_to_three_quarters()
    {
        SortedDictionary<string, double> scores = TrustScores.Compute(TrustModel.ScoreAverage, [.. Cycle, .. Wash], ["shill", "nobody"], "a");

        Assert.That(scores["shill"], Is.EqualTo(0.75));
        Assert.That(scores["a"], Is.EqualTo(0.75), "(0.5 + 1) / 2");
        Assert.That(scores["nobody"], Is.EqualTo(0.25), "the prior and one report: (0.5 + 0) / 2");
    }

    private static Receipt R(string buyer, string seller) => Receipt.Unsigned($"{buyer}->{seller}", buyer, seller, 5);
}
