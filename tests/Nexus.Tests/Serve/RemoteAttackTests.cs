using Nexus.Experiments.Boundary.RemoteAttacks;
using Nexus.Experiments.Boundary.Server;
using Nexus.Scenarios.Exchange;
using Nexus.Tests.Experiments;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Tests.Serve;

/// <summary>The campaign's boundary surface against a running <c>nexus serve --blackboard</c>:
/// attackers and honest agents as HTTP clients; the direct free-rider probes every route.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class RemoteAttackTests
{
    private const double TimeScale = 0.05;

    private static AttackCampaign Campaign => Nexus.Tests.Attacks.Campaigns.Tested;

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    public void The_boundary_attacks_on_a_running_server_are_blocked(ulong seed)
    {
        IReadOnlyList<RemoteVerdict> verdicts = Attack(BlackboardDefences.All, seed);
        string[] judgeable = [.. Campaign.Scenarios
            .Where(spec => spec.Scenario.ServerCheck is not null && spec.Attackers.Any(attacker => attacker.Surface == ApiSurface.Boundary))
            .Select(spec => spec.Name)];
        Assert.That(judgeable, Has.Length.GreaterThanOrEqualTo(2), "the committed config has boundary attackers the clients' side can judge");
        Assert.That(verdicts.Select(verdict => verdict.Scenario), Is.EqualTo(judgeable));
        Assert.That(verdicts.Select(verdict => verdict.Verdict), Is.All.EqualTo("BLOCKED"), string.Join("\n", verdicts));
        Assert.That(verdicts.Single(verdict => verdict.Scenario == "direct-free-riding").Evidence,
            Does.Contain($"{RouteProbe.Paths.Count * RouteProbe.Methods.Count} probes"));
    }

    [Test]
    public void With_the_read_api_served_the_free_rider_reads_facts_and_the_probe_finds_the_route()
    {
        IReadOnlyList<RemoteVerdict> verdicts = Attack(BlackboardDefences.All.Without("no-read-api"), 1);
        RemoteVerdict reader = verdicts.Single(verdict => verdict.Scenario == "direct-free-riding");
        Assert.That(reader.Verdict, Is.EqualTo("VIOLATED"), reader.ToString());
        Assert.That(verdicts.Where(verdict => verdict != reader).Select(verdict => verdict.Verdict), Is.Not.Empty.And.All.EqualTo("BLOCKED"), "the read API lets nothing in");
    }

    [Test]
    public void The_probe_alone_finds_a_read_route()
    {
        ServedStores.Run(async () =>
        {
            await using StoreServer server = await StoreServer.StartAsync(Options(BlackboardDefences.All.Without("no-read-api")));
            IReadOnlyList<RemoteVerdict> contributed = RemoteCampaign.Run(Campaign with { Scenarios = [.. Campaign.Scenarios.Where(s => s.Scenario.Name == "poison-injection")] },
                server.Address, 4, TimeScale, _ => { });
            Assert.That(contributed.Single().Verdict, Is.EqualTo("BLOCKED"));
            using var http = new HttpClient { BaseAddress = server.Address };
            string[] facts = [.. (await (await http.GetAsync("/facts")).Content.ReadAsStringAsync()).Split('"').Where(part => part.Length == 64)];
            Assert.That(facts, Is.Not.Empty, "the honest agents committed nothing");
            RouteProbeResult probe = await RouteProbe.RunAsync(server.Address, facts);
            Assert.That(probe.Leaks, Is.EqualTo(new[] { "GET /facts" }));
        });
    }

    [TestCase("POST", "/exchange", "{", 400, "malformed JSON body")]
    [TestCase("POST", "/exchange", "{\"query\":\"a\",\"query\":\"b\"}", 400, "malformed JSON body")]
    [TestCase("POST", "/exchange", "{\"secret\":1}", 400, "malformed JSON body")]
    [TestCase("POST", "/exchange", "", 400, "Malformed")]
    [TestCase("GET", "/facts", "", 404, "no route /facts")]
    [TestCase("PATCH", "/exchange", "", 405, "no route /exchange")]
    public void A_bad_request_to_the_blackboard_gets_its_4xx_and_the_server_keeps_serving(string method, string path, string body, int status, string reason) =>
        ServedStores.Run(async () =>
        {
            await using StoreServer server = await StoreServer.StartAsync(Options(BlackboardDefences.All));
            using var http = new HttpClient { BaseAddress = server.Address };
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            using HttpResponseMessage response = await http.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason).And.Not.Contain("Nexus.").And.Not.Contain("System."));
            IReadOnlyList<RemoteVerdict> after = await Task.Run(() => RemoteCampaign.Run(
                Campaign with { Scenarios = [.. Campaign.Scenarios.Where(s => s.Scenario.Name == "poison-injection")] }, server.Address, 1, TimeScale, _ => { }));
            Assert.That(after.Single().Verdict, Is.EqualTo("BLOCKED"), "the server stopped serving the honest agents");
        });

    [Test]
    public void Nexus_attack_with_a_server_reports_each_boundary_attack()
    {
        (RunningNexus server, Uri address) = RunningNexus.Serve("--blackboard", "--profile", "configs/profiles/cf-workers.yaml", "--time-scale", "0.05");
        using (server)
        {
            (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "attack", "configs/attacks/exchange-contract.yaml",
                "--server", address.ToString(), "--time-scale", "0.05");
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("direct-free-riding: BLOCKED").And.Contain("poison-injection: BLOCKED"));
        }
    }

    private static IReadOnlyList<RemoteVerdict> Attack(BlackboardDefences defences, ulong seed)
    {
        IReadOnlyList<RemoteVerdict> verdicts = [];
        ServedStores.Run(async () =>
        {
            await using StoreServer server = await StoreServer.StartAsync(Options(defences) with { Seed = seed });
            verdicts = await Task.Run(() => RemoteCampaign.Run(Campaign, server.Address, seed, TimeScale, _ => { }));
        });
        return verdicts;
    }

    private static StoreServerOptions Options(BlackboardDefences defences) =>
        ServedStores.Options("cf-workers", 1, TimeScale) with { Blackboard = new BlackboardServing(4, defences) };
}
