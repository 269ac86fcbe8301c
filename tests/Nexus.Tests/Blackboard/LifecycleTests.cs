using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

public sealed class LifecycleTests
{
    [Test]
    public void Release_makes_an_intent_claimable_again()
    {
        using var script = new ScriptedBlackboard();
        Intent intent = Intent.Submit([], "explore", script.Alice.Id, 0);
        script.Execute(async () =>
        {
            await script.Board.SubmitIntentAsync(intent);
            Assert.That((await script.Board.ClaimAsync(script.Alice.Id, intent.Id)).Succeeded, Is.True);
            Assert.That((await script.Board.ClaimAsync(script.Bob.Id, intent.Id)).Error, Is.EqualTo(BlackboardError.Conflict));
            Assert.That((await script.Board.ReleaseAsync(script.Alice.Id, intent.Id)).Succeeded, Is.True);
            Assert.That((await script.Board.ClaimAsync(script.Bob.Id, intent.Id)).Succeeded, Is.True);
        });
        Assert.That(script.Run.StoresNow().Intents[intent.Id].Worker, Is.EqualTo(script.Bob.Id));
    }

    [TestCase(BlackboardRun.Depth1)]
    [TestCase(BlackboardRun.CloudflareWorkers)]
    public void A_missed_heartbeat_releases_the_claim_at_the_first_tick_past_the_ttl(string depth)
    {
        // TTL 60 s, ticks every second; claimed at 1 s, last heartbeat at 5 s: still claimed by the tick
        // at 65 s (60 s exactly is not older than the TTL), released by the tick at 66 s.
        using var script = new ScriptedBlackboard(depth);
        Intent intent = Intent.Submit([], "explore", script.Alice.Id, 0);
        var phases = new Dictionary<int, IntentPhase>();
        long heartbeatAt = 0;
        script.Execute(async () =>
        {
            await script.Board.SubmitIntentAsync(intent);
            await script.Until(SimTime.FromSeconds(1));
            await script.Board.ClaimAsync(script.Alice.Id, intent.Id);
            await script.Until(SimTime.FromSeconds(5));
            await script.Board.HeartbeatAsync(script.Alice.Id, intent.Id);
            heartbeatAt = script.Run.StoresNow().Intents[intent.Id].LastHeartbeatAt;
            for (int second = 6; second <= 67; second++)
            {
                await script.Until(SimTime.FromSeconds(second));
                await script.Board.TickAsync();
                phases[second] = script.Run.StoresNow().Intents[intent.Id].Phase;
            }
        });
        Assert.That(phases[65], Is.EqualTo(IntentPhase.Claimed), $"heartbeat at {heartbeatAt} ns");
        Assert.That(phases[66], Is.EqualTo(IntentPhase.Submitted));
        Assert.That(script.Run.StoresNow().Intents[intent.Id].Worker, Is.Empty);
    }

    [Test]
    public void An_unclaimed_intent_older_than_its_ttl_is_evicted()
    {
        using var script = new ScriptedBlackboard();
        Intent intent = Intent.Submit([], "explore", script.Alice.Id, 0);
        script.Execute(async () =>
        {
            await script.Board.SubmitIntentAsync(intent);
            await script.Until(SimTime.FromSeconds(3600));
            await script.Board.TickAsync();
            Assert.That(script.Run.StoresNow().Intents.ContainsKey(intent.Id), Is.True, "3600 s old is not older than the TTL");
            await script.Until(SimTime.FromSeconds(3601));
            await script.Board.TickAsync();
        });
        Assert.That(script.Run.StoresNow().Intents, Is.Empty);
    }

    [Test]
    public void Conclude_produces_the_fact_whose_id_is_sha256_of_intent_result_and_concluded()
    {
        using var script = new ScriptedBlackboard();
        Intent intent = Intent.Submit([], "explore", script.Alice.Id, 0);
        ActionOutcome outcome = ActionOutcome.Done;
        script.Execute(async () =>
        {
            await script.Board.SubmitIntentAsync(intent);
            await script.Board.ClaimAsync(script.Alice.Id, intent.Id);
            outcome = await script.Board.ConcludeAsync(script.Alice, intent.Id, "42 is the answer");
        });
        // Canonical bytes written out by hand: each field a 4-byte big-endian length, then its UTF-8.
        byte[] expected = SHA256.HashData([.. Field(intent.Id), .. Field("42 is the answer"), .. Field("concluded")]);
        string id = Convert.ToHexStringLower(expected);
        BlackboardState state = script.Run.StoresNow();
        Assert.That(outcome.FactIds, Is.EqualTo(new[] { id }));
        Assert.That(state.Head, Is.EqualTo(id));
        Assert.That(state.Facts[id].Creator, Is.EqualTo(script.Alice.Id));
        Assert.That(state.Intents[intent.Id].Phase, Is.EqualTo(IntentPhase.Concluded));
        Assert.That(state.Intents[intent.Id].ToFact, Is.EqualTo(id));
    }

    [Test]
    public void The_scheduler_records_gaps_contradictions_and_state_changes_each_once()
    {
        using var script = new ScriptedBlackboard();
        using var scheduler = Worlds.Blackboard.Identity.AgentIdentity.Derive(1, "scheduler");
        var ooda = new OodaScheduler(script.Runtime, script.Board, scheduler, OodaScheduler.StandardDetectors);
        Intent cites = Intent.Submit(["not-on-the-board"], "explore", script.Alice.Id, 0);
        script.Execute(async () =>
        {
            await script.Board.ExchangeAsync(script.FactBy(script.Alice, "the door is open", "door"), "text/plain");
            await script.Board.ExchangeAsync(script.FactBy(script.Bob, "the door is shut", "door"), "text/plain");
            await script.Board.SubmitIntentAsync(cites);
            await script.Board.ClaimAsync(script.Bob.Id, cites.Id);
            await script.Board.ConcludeAsync(script.Bob, cites.Id, "checked");
            await ooda.RunAsync(SimTime.FromSeconds(5));
        });
        string[] assets = [.. script.Run.StoresNow().Facts.Values.Select(f => f.Origin.AssetId).Where(OodaScheduler.IsFinding).Order(StringComparer.Ordinal)];
        Assert.That(assets, Has.Length.EqualTo(3));
        Assert.That(assets[0], Does.StartWith("contradiction/"));
        Assert.That(assets[1], Is.EqualTo($"gap/{cites.Id}/not-on-the-board"));
        Assert.That(assets[2], Is.EqualTo($"state-change/{cites.Id}"));
        Assert.That(script.Run.History.Count(e => e.Outcome.Error == BlackboardError.Replay), Is.Zero, "findings are not resubmitted");
    }

    private static byte[] Field(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        byte[] field = new byte[4 + bytes.Length];
        BinaryPrimitives.WriteInt32BigEndian(field, bytes.Length);
        bytes.CopyTo(field, 4);
        return field;
    }
}
