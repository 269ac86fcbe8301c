using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

[TestFixture(BlackboardRun.Depth1)]
[TestFixture(BlackboardRun.CloudflareWorkers)]
public sealed class BadInputTests(string depth)
{
    [Test]
    public void A_malformed_fact_is_refused_as_malformed_and_nothing_is_committed()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            Fact fact = script.FactBy(script.Alice, "x");
            Assert.That((await script.Board.ExchangeAsync(fact with { Id = "f00" }, "text/plain")).Error, Is.EqualTo(BlackboardError.Malformed));
            Assert.That((await script.Board.ExchangeAsync(fact with { Origin = fact.Origin with { AssetId = "" } }, "text/plain")).Error, Is.EqualTo(BlackboardError.Malformed));
        });
        Assert.That(script.Run.StoresNow().Facts, Is.Empty);
    }

    [Test]
    public void An_oversized_payload_is_refused_and_nothing_is_committed()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            var huge = new Content("application/octet-stream", new byte[BlackboardRun.Limits.PayloadBytesMax + 1]);
            Fact fact = script.Alice.CreateFact(huge, new Origin("asset-1", 1));
            Assert.That((await script.Board.ExchangeAsync(fact, "text/plain")).Error, Is.EqualTo(BlackboardError.PayloadTooLarge));
        });
        Assert.That(script.Run.StoresNow().Head, Is.Empty);
    }

    [Test]
    public void A_bad_signature_is_refused_and_nothing_is_committed()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            Fact fact = script.FactBy(script.Alice, "x");
            byte[] forged = [.. fact.Signature];
            forged[^1] ^= 0x80;
            Assert.That((await script.Board.ExchangeAsync(fact with { Signature = forged }, "text/plain")).Error, Is.EqualTo(BlackboardError.BadSignature));
        });
        Assert.That(script.Run.StoresNow().Facts, Is.Empty);
    }

    [Test]
    public void A_public_key_that_does_not_match_the_creator_id_is_refused()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            Fact fact = script.FactBy(script.Alice, "x");
            Assert.That((await script.Board.ExchangeAsync(fact with { PublicKey = script.Bob.PublicKey }, "text/plain")).Error,
                Is.EqualTo(BlackboardError.IdentityMismatch));
        });
        Assert.That(script.Run.StoresNow().Facts, Is.Empty);
    }

    [Test]
    public void An_unknown_intent_id_is_refused_for_claim_heartbeat_release_and_conclude()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            Assert.That((await script.Board.ClaimAsync(script.Alice.Id, "nope")).Error, Is.EqualTo(BlackboardError.UnknownIntent));
            Assert.That((await script.Board.HeartbeatAsync(script.Alice.Id, "nope")).Error, Is.EqualTo(BlackboardError.UnknownIntent));
            Assert.That((await script.Board.ReleaseAsync(script.Alice.Id, "nope")).Error, Is.EqualTo(BlackboardError.UnknownIntent));
            Assert.That((await script.Board.ConcludeAsync(script.Alice, "nope", "r")).Error, Is.EqualTo(BlackboardError.UnknownIntent));
        });
    }

    [Test]
    public void A_heartbeat_or_release_by_a_non_owner_is_refused_and_the_claim_stands()
    {
        using var script = new ScriptedBlackboard(depth);
        Intent intent = Intent.Submit([], "explore", script.Alice.Id, 0);
        script.Execute(async () =>
        {
            await script.Board.SubmitIntentAsync(intent);
            await script.Board.ClaimAsync(script.Alice.Id, intent.Id);
            Assert.That((await script.Board.HeartbeatAsync(script.Bob.Id, intent.Id)).Error, Is.EqualTo(BlackboardError.NotOwner));
            Assert.That((await script.Board.ReleaseAsync(script.Bob.Id, intent.Id)).Error, Is.EqualTo(BlackboardError.NotOwner));
            Assert.That((await script.Board.ConcludeAsync(script.Bob, intent.Id, "stolen")).Error, Is.EqualTo(BlackboardError.NotOwner));
        });
        Assert.That(script.Run.StoresNow().Intents[intent.Id].Worker, Is.EqualTo(script.Alice.Id));
    }

    [Test]
    public void A_replayed_fact_is_refused_and_committed_once()
    {
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            Fact fact = script.FactBy(script.Alice, "once");
            Assert.That((await script.Board.ExchangeAsync(fact, "text/plain")).FactIds, Is.EqualTo(new[] { fact.Id }));
            Assert.That((await script.Board.ExchangeAsync(fact, "text/plain")).Error, Is.EqualTo(BlackboardError.Replay));
        });
        Assert.That(script.Run.StoresNow().Facts, Has.Count.EqualTo(1));
    }
}
