using Nexus.Engine.Messaging;
using Nexus.Scenarios.Commerce;
using Nexus.Worlds.Commerce;

namespace Nexus.Tests.Commerce;

/// <summary>The composed private-commerce scenario on a bank of seeds at both depths: every joint
/// validator passes, the adversary fires on every seed, the partitioned buyers wait for the heal, and
/// each of the seed's two one-line swaps fails exactly its own validator (the whole verdict vector).</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class CommerceScenarioTests
{
    private static readonly ulong[] Bank = [1, 2, 3, 4, 5, 6, 7, 8];

    public static IEnumerable<TestCaseData> Depths()
    {
        yield return new TestCaseData(CommerceOptions.Reliable).SetArgDisplayNames("depth-1");
        yield return new TestCaseData(CommerceLinks.Network).SetArgDisplayNames("depth-2");
    }

    [TestCaseSource(nameof(Depths))]
    public void With_every_layer_in_place_all_four_validators_pass_on_every_seed(LinkOptions links)
    {
        foreach (ulong seed in Bank)
        {
            CommerceRunResult run = CommerceRun.OnVirtualTime(new CommerceOptions(seed, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, links));
            Assert.That(Vector(run), Is.EqualTo(Expected()), $"seed {seed}:\n{string.Join("\n", run.Validators)}");
            Assert.That(run.Events.Where(entry => entry.Kind == CommerceEvents.StreamDrained).Select(entry => $"{entry.Agent}->{entry.Peer}"),
                Is.EqualTo(new[] { $"buyer-4->{CommerceWorld.Shill}" }), $"seed {seed}: the shill drains buyer 4's stream, and only it");
            Assert.That(run.Events.Where(entry => entry.Kind == CommerceEvents.Fulfilled).Select(entry => entry.Agent).Order(),
                Is.EqualTo(new[] { "seller-0", "seller-1", "seller-2", "seller-3" }), $"seed {seed}: each honest seller delivers one bid");
        }
    }

    [TestCaseSource(nameof(Depths))]
    public void The_partitioned_buyers_bid_only_after_the_heal(LinkOptions links)
    {
        var options = new CommerceOptions(3, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, links);
        CommerceRunResult run = CommerceRun.OnVirtualTime(options);
        long[] behind = [.. run.Events.Where(entry => entry.Kind == CommerceEvents.BidSent && entry.Agent is "buyer-0" or "buyer-1").Select(entry => entry.AtNanoseconds)];
        long[] open = [.. run.Events.Where(entry => entry.Kind == CommerceEvents.BidSent && entry.Agent is "buyer-2" or "buyer-3" or "buyer-4").Select(entry => entry.AtNanoseconds)];
        Assert.That(behind, Has.Length.EqualTo(2).And.All.GreaterThan(options.HealAt.Nanoseconds));
        Assert.That(open, Has.Length.EqualTo(3));
        Assert.That(open.Min(), Is.LessThan(options.HealAt.Nanoseconds), "the partition does not hold up the buyers outside it (one whose exchange went to a partitioned peer waits for the heal too)");
    }

    [TestCaseSource(nameof(Depths))]
    public void With_noop_privacy_exactly_bid_opacity_fails(LinkOptions links)
    {
        foreach (ulong seed in Bank)
        {
            CommerceRunResult run = CommerceRun.OnVirtualTime(new CommerceOptions(seed, PrivacyLayer.Noop, TrustModel.AgentReceipts, links));
            Assert.That(Vector(run), Is.EqualTo(Expected(CommerceValidators.BidOpacity)), $"seed {seed}");
        }
    }

    [TestCaseSource(nameof(Depths))]
    public void With_score_average_trust_exactly_the_penalty_fails(LinkOptions links)
    {
        foreach (ulong seed in Bank)
        {
            CommerceRunResult run = CommerceRun.OnVirtualTime(new CommerceOptions(seed, PrivacyLayer.HybridX25519, TrustModel.ScoreAverage, links));
            Assert.That(Vector(run), Is.EqualTo(Expected(CommerceValidators.UndeliveredPenalized)), $"seed {seed}");
            Assert.That(run.Validators[2].Detail, Does.Contain($"{CommerceWorld.Shill} drained a stream undelivered and scores 0.75"));
        }
    }

    [Test]
    public void A_seed_repeats_its_trace_byte_for_byte_and_another_seed_does_not()
    {
        string Fingerprint(ulong seed) => CommerceRun.OnVirtualTime(new CommerceOptions(seed, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, CommerceLinks.Network)).Fingerprint;

        string first = Fingerprint(5);
        string again = Fingerprint(5);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(Fingerprint(6), Is.Not.EqualTo(first));
    }

    private static string[] Vector(CommerceRunResult run) => [.. run.Validators.Select(result => $"{result.Name}={(result.Passed ? "pass" : "FAIL")}")];

    private static string[] Expected(params string[] failing) =>
        [.. CommerceValidators.Names.Select(name => $"{name}={(failing.Contains(name) ? "FAIL" : "pass")}")];
}
