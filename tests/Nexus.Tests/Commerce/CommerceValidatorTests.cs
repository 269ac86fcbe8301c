using Nexus.Scenarios.Commerce;
using Nexus.Worlds.Commerce;

namespace Nexus.Tests.Commerce;

/// <summary>Each joint validator fails, saying so, when its evidence is missing, and fails on the one
/// fact it guards against in an otherwise passing trace (a trace taken from a real run, then changed in
/// that one place).</summary>
public sealed class CommerceValidatorTests
{
    private static readonly CommerceRunResult Passing =
        CommerceRun.OnVirtualTime(new CommerceOptions(1, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, CommerceOptions.Reliable));

    [Test]
    public void On_an_empty_trace_every_validator_fails_for_missing_evidence()
    {
        IReadOnlyList<ValidatorResult> results = CommerceValidators.Run([], new Dictionary<string, string>());

        Assert.That(results.Select(result => result.Name), Is.EqualTo(CommerceValidators.Names));
        Assert.That(results.Select(result => result.Passed), Is.All.False);
        Assert.That(results.Select(result => result.Detail), Is.All.StartWith("evidence is missing"));
    }

    [Test]
    public void The_trace_the_controls_change_passes_as_it_is()
    {
        Assert.That(Passing.Validators.Select(result => result.Passed), Is.All.True, string.Join("\n", Passing.Validators));
    }

    [Test]
    public void A_bid_before_its_discovery_fails_discovery_precedes_bid()
    {
        CommerceEvent bid = Passing.Events.First(entry => entry.Kind == CommerceEvents.BidSent);
        IReadOnlyList<CommerceEvent> trace = [.. Passing.Events.Where(entry => !(entry.Kind == CommerceEvents.Discovered && entry.Agent == bid.Agent && entry.Peer == bid.Peer))];

        ValidatorResult result = CommerceValidators.CheckDiscoveryPrecedesBid(trace);

        Assert.That(result.Passed, Is.False);
        Assert.That(result.Detail, Is.EqualTo($"{bid.Agent} bid to {bid.Peer} ({bid.Ref}) before discovering it"));
    }

    [Test]
    public void A_plaintext_on_the_wire_fails_bid_opacity_and_no_declaration_is_missing_evidence()
    {
        (string reference, string plaintext) = Passing.Declared.First();
        CommerceEvent leak = Passing.Events.First(entry => entry.Kind == CommerceEvents.BidReceived) with
        {
            Data = Convert.ToBase64String([1, 2, .. System.Text.Encoding.UTF8.GetBytes(plaintext), 3]),
        };

        ValidatorResult leaked = CommerceValidators.CheckBidOpacity([.. Passing.Events, leak], Passing.Declared);
        ValidatorResult undeclared = CommerceValidators.CheckBidOpacity(Passing.Events, new Dictionary<string, string>());

        Assert.That(leaked.Detail, Is.EqualTo($"bid.received by {leak.Agent} carries the plaintext of {reference} in the clear"));
        Assert.That(leaked.Passed || undeclared.Passed, Is.False);
        Assert.That(undeclared.Detail, Does.StartWith("evidence is missing: 0 declared plaintexts"));
    }

    [Test]
    public void An_undelivering_seller_above_the_threshold_or_never_scored_fails_the_penalty()
    {
        IReadOnlyList<CommerceEvent> inflated = [.. Passing.Events.Select(entry =>
            entry.Kind == CommerceEvents.Score && entry.Peer == CommerceWorld.Shill ? entry with { Data = "0.3" } : entry)];
        IReadOnlyList<CommerceEvent> unscored = [.. Passing.Events.Where(entry => !(entry.Kind == CommerceEvents.Score && entry.Peer == CommerceWorld.Shill))];
        IReadOnlyList<CommerceEvent> quiet = [.. Passing.Events.Where(entry => entry.Kind != CommerceEvents.StreamDrained)];

        Assert.That(CommerceValidators.CheckUndeliveredPenalized(inflated).Detail, Is.EqualTo($"{CommerceWorld.Shill} drained a stream undelivered and scores 0.3, not below 0.3"));
        Assert.That(CommerceValidators.CheckUndeliveredPenalized(unscored).Detail, Is.EqualTo($"evidence is missing: {CommerceWorld.Shill} drained a stream undelivered and was never scored"));
        Assert.That(CommerceValidators.CheckUndeliveredPenalized(quiet).Detail, Is.EqualTo("evidence is missing: the adversary never fired (no stream drained undelivered)"));
    }

    [Test]
    public void A_delivery_without_a_stream_or_a_delivering_seller_at_the_threshold_fails_the_reward()
    {
        CommerceEvent delivery = Passing.Events.First(entry => entry.Kind == CommerceEvents.Fulfilled);
        IReadOnlyList<CommerceEvent> unpaid = [.. Passing.Events.Where(entry => !(entry.Kind == CommerceEvents.StreamOpened && entry.Ref == delivery.Ref))];
        IReadOnlyList<CommerceEvent> unrewarded = [.. Passing.Events.Select(entry =>
            entry.Kind == CommerceEvents.Score && entry.Peer == delivery.Agent ? entry with { Data = "0.3" } : entry)];
        IReadOnlyList<CommerceEvent> nothing = [.. Passing.Events.Where(entry => entry.Kind != CommerceEvents.Fulfilled)];

        Assert.That(CommerceValidators.CheckDeliveryRewarded(unpaid).Detail, Is.EqualTo($"{delivery.Agent} delivered {delivery.Ref} to {delivery.Peer} with no stream opened to it"));
        Assert.That(CommerceValidators.CheckDeliveryRewarded(unrewarded).Detail, Is.EqualTo($"{delivery.Agent} delivered and scores 0.3, not above 0.3"));
        Assert.That(CommerceValidators.CheckDeliveryRewarded(nothing).Detail, Is.EqualTo("evidence is missing: nothing was delivered"));
    }
}
