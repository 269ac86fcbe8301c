using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>A blackboard driven step by step from a test body, with every step checked against the
/// oracle as it happens (so "the state afterwards equals the oracle's" holds at every step).</summary>
internal sealed class ScriptedBlackboard : IDisposable
{
    public ScriptedBlackboard(string depth = BlackboardRun.Depth1, ulong seed = 1)
    {
        Runtime = BlackboardRun.NewRuntime(seed);
        Stores = BlackboardRun.Stores(Runtime, depth);
        Run = BlackboardRun.Observe(Runtime, Stores);
        Alice = AgentIdentity.Derive(seed, "alice");
        Bob = AgentIdentity.Derive(seed, "bob");
    }

    public VirtualRuntime Runtime { get; }

    public StoreSet Stores { get; }

    public BlackboardRun Run { get; }

    public BlackboardService Board => Run.Blackboard;

    public AgentIdentity Alice { get; }

    public AgentIdentity Bob { get; }

    public Fact FactBy(AgentIdentity agent, string text, string asset = "asset-1") =>
        agent.CreateFact(new Content("text/plain", System.Text.Encoding.UTF8.GetBytes(text)), new Origin(asset, 7));

    /// <summary>Runs <paramref name="body"/> to completion, then requires every step to have conformed.</summary>
    public void Execute(Func<Task> body)
    {
        Task task = Runtime.Spawn("script", body);
        Runtime.RunToCompletion();
        if (task.Exception is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(task.Exception.InnerException!).Throw();
        }
        Assert.That(Run.Conformance().Conforms, Is.True, Run.Conformance().ToString());
    }

    public ValueTask Until(SimTime time)
    {
        return Runtime.Delay(time - Runtime.Now);
    }

    public void Dispose()
    {
        Alice.Dispose();
        Bob.Dispose();
    }
}
