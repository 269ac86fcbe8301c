using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Attacks;

/// <summary>Direct free-riding has no way in: the public surfaces have no read operation (by
/// reflection over their types), and every raw read attempt through each of them fails, while the
/// audit finds the read operations of a type that has them and the read route the remote API serves
/// with its no-read-api defence off.</summary>
public sealed class PublicSurfaceTests
{
    [Test]
    public void The_trait_overlay_and_boundary_types_have_no_read_operation()
    {
        Assert.That(ReadSurfaceAudit.ReadOperations(), Is.Empty);
        Assert.That(ReadSurfaceAudit.Surfaces, Has.Count.EqualTo(3));
    }

    [Test]
    public void The_audit_finds_the_read_operations_of_the_orchestration_class_itself()
    {
        // The class is the operator's handle (history, observers), not an agent's surface; the audit must see that.
        Assert.That(ReadSurfaceAudit.ReadOperations([typeof(BlackboardService)]), Does.Contain("BlackboardService.History"));
    }

    [TestCase(ApiSurface.Trait)]
    [TestCase(ApiSurface.Overlay)]
    [TestCase(ApiSurface.Boundary)]
    public void Every_raw_read_attempt_fails_once_there_are_facts_to_read(ApiSurface kind)
    {
        (BlackboardService board, var runtime, AgentIdentity agent) = BoardWithFacts(BlackboardDefences.All);
        var surface = new AgentSurface(kind, board);
        var answers = new List<IReadOnlyList<string>>();
        runtime.Spawn("free-rider", async () =>
        {
            for (int attempt = 0; attempt < AgentSurface.ReadPaths.Count; attempt++)
            {
                answers.Add(await surface.TryReadAsync(agent, "text/plain", attempt));
            }
        });
        runtime.RunToCompletion();
        Assert.That(answers, Has.Count.EqualTo(AgentSurface.ReadPaths.Count));
        Assert.That(answers, Is.All.Empty);
        agent.Dispose();
    }

    [Test]
    public void Unknown_routes_are_404_known_paths_with_another_method_405_and_nothing_happens()
    {
        (BlackboardService board, var runtime, AgentIdentity agent) = BoardWithFacts(BlackboardDefences.All);
        var endpoint = new BlackboardEndpoint(board);
        var responses = new List<EndpointResponse>();
        int before = board.History.Count;
        runtime.Spawn("probe", async () =>
        {
            responses.Add(await endpoint.SendAsync(new EndpointRequest("GET", "/facts")));
            responses.Add(await endpoint.SendAsync(new EndpointRequest("GET", "/exchange")));
        });
        runtime.RunToCompletion();
        Assert.That(responses.Select(r => r.Status), Is.EqualTo(new[] { 404, 405 }));
        Assert.That(board.History, Has.Count.EqualTo(before));
        Assert.That(endpoint.Routes, Is.All.StartsWith("POST "));
        agent.Dispose();
    }

    [Test]
    public void With_the_no_read_api_defence_off_the_remote_api_serves_every_fact_id()
    {
        (BlackboardService board, var runtime, AgentIdentity agent) = BoardWithFacts(BlackboardDefences.All.Without("no-read-api"));
        IReadOnlyList<string> read = [];
        runtime.Spawn("free-rider", async () => read = await new AgentSurface(ApiSurface.Boundary, board).TryReadAsync(agent, "text/plain", 0));
        runtime.RunToCompletion();
        Assert.That(read, Has.Count.EqualTo(3), "GET /facts answers without a contribution");
        agent.Dispose();
    }

    private static (BlackboardService, Nexus.Engine.Runtime.VirtualRuntime, AgentIdentity) BoardWithFacts(BlackboardDefences defences)
    {
        var runtime = new Nexus.Engine.Runtime.VirtualRuntime(new Nexus.Engine.Runtime.VirtualRuntimeOptions(1));
        var board = new BlackboardService(runtime, StoreSet.InProcess(), new BlackboardLimits(), defences, workers: 2);
        var writer = AgentIdentity.Derive(1, "writer");
        var reader = AgentIdentity.Derive(1, "reader");
        runtime.Spawn("writer", async () =>
        {
            for (int i = 0; i < 3; i++)
            {
                await board.ExchangeAsync(writer.CreateFact(new Content("text/plain", [(byte)i]), new Origin("asset", i)), "text/plain");
            }
        });
        runtime.RunToCompletion();
        writer.Dispose();
        Assert.That(board.History.Count(e => e.Commit > 0), Is.EqualTo(3));
        return (board, runtime, reader);
    }
}
