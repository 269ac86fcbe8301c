using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Server;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;

namespace Nexus.Tests.Serve;

/// <summary>A served blackboard runs as a campaign's does: the operator's Hints are in force from the
/// first request, and the OODA scheduler ticks beside the requests.</summary>
[NonParallelizable] // on the real clock: alone
public sealed class ServedBlackboardOperatorTests
{
    [TestCase(true)]
    [TestCase(false)]
    public void The_operators_throttle_refuses_the_third_intent_within_a_second_over_http(bool throttled)
    {
        string[] hints = throttled ? [HintRule.MaxIntentsPerAgentPerSecond + ":2"] : [];
        int[] statuses = [];
        Serve(hints, timeScale: 1, async routes =>
        {
            statuses = [.. await Task.WhenAll(Enumerable.Range(0, 3).Select(async i =>
                (await routes.SendAsync(new EndpointRequest("POST", "/intents") { Intent = Intent.Submit([], "burst " + i, "agent-a", 0) })).Status))];
        });
        Assert.That(statuses.Order(), Is.EqualTo(throttled ? new[] { 200, 200, 400 } : new[] { 200, 200, 200 }));
    }

    [Test]
    public void The_scheduler_releases_a_claim_whose_heartbeats_stopped()
    {
        // At a hundredth of real time the 60 s heartbeat time to live passes in 0.6 s.
        var outcomes = new List<int>();
        Serve([], timeScale: 0.01, async routes =>
        {
            Intent intent = Intent.Submit([], "task", "agent-a", 0);
            outcomes.Add((await routes.SendAsync(new EndpointRequest("POST", "/intents") { Intent = intent })).Status);
            outcomes.Add((await routes.SendAsync(new EndpointRequest("POST", "/intents/claim") { Agent = "worker-a", IntentId = intent.Id })).Status);
            outcomes.Add((await routes.SendAsync(new EndpointRequest("POST", "/intents/claim") { Agent = "worker-b", IntentId = intent.Id })).Status);
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            outcomes.Add((await routes.SendAsync(new EndpointRequest("POST", "/intents/claim") { Agent = "worker-b", IntentId = intent.Id })).Status);
        });
        Assert.That(outcomes, Is.EqualTo(new[] { 200, 200, 400, 200 }), "submit, claim, a second claim refused while the first is live, then taken once it went stale");
    }

    private static void Serve(string[] hints, double timeScale, Func<HttpBlackboardRoutes, Task> body) => ServedStores.Run(async () =>
    {
        StoreServerOptions options = ServedStores.Options("local", timeScale: timeScale) with
        {
            Blackboard = new BlackboardServing(4, BlackboardDefences.All) { Hints = hints },
        };
        await using StoreServer server = await StoreServer.StartAsync(options);
        using var http = new HttpClient { BaseAddress = server.Address };
        await body(new HttpBlackboardRoutes(http));
    });
}
