using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>The blackboard's defences as named parts: each name switches off exactly its own part, an
/// unknown name is refused naming it, and a switched-off part changes what the orchestration does.</summary>
public sealed class DefenceTests
{
    [TestCaseSource(typeof(BlackboardDefences), nameof(BlackboardDefences.Names))]
    public void Each_name_switches_off_exactly_its_own_defence(string name)
    {
        BlackboardDefences off = BlackboardDefences.All.Without(name);
        Assert.That(off.Off(), Is.EqualTo(new[] { name }));
        Assert.That(off.Without(name), Is.EqualTo(off), "switching a defence off twice changes nothing more");
    }

    [Test]
    public void Every_defence_is_on_unless_switched_off()
    {
        Assert.That(BlackboardDefences.All.Off(), Is.Empty);
    }

    [Test]
    public void An_unknown_defence_is_refused_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => BlackboardDefences.All.Without("firewall"));
        Assert.That(error!.Message, Does.Contain("unknown defence 'firewall'").And.Contain("replay-guard"));
    }

    [Test]
    public void With_the_chain_head_compare_and_swap_a_head_moved_behind_the_orchestrations_back_fails_the_commit()
    {
        (ActionOutcome outcome, string head) = ExchangeAfterAForeignHeadMove(BlackboardDefences.All);
        Assert.That(outcome.Error, Is.EqualTo(BlackboardError.StoreFailure));
        Assert.That(head, Is.EqualTo("foreign"), "nothing of the failed commit is reachable");
    }

    [Test]
    public void Without_the_chain_head_compare_and_swap_the_commit_overwrites_the_foreign_head()
    {
        (ActionOutcome outcome, string head) = ExchangeAfterAForeignHeadMove(BlackboardDefences.All.Without("chain-head-cas"));
        Assert.That(outcome.Error, Is.EqualTo(BlackboardError.None));
        Assert.That(head, Is.Not.EqualTo("foreign"), "last writer wins");
    }

    [Test]
    public void Without_the_contract_ratio_an_exchange_returns_every_match()
    {
        var limits = new BlackboardLimits { ContractRatio = 2 };
        Assert.That(ResultsOfFifthExchange(limits, BlackboardDefences.All), Has.Length.EqualTo(2));
        Assert.That(ResultsOfFifthExchange(limits, BlackboardDefences.All.Without("contract-ratio")), Has.Length.EqualTo(5));
    }

    private static (ActionOutcome Outcome, string Head) ExchangeAfterAForeignHeadMove(BlackboardDefences defences)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet stores = StoreSet.InProcess();
        var board = new BlackboardService(runtime, stores, new BlackboardLimits(), defences);
        using var alice = AgentIdentity.Derive(1, "alice");
        ActionOutcome outcome = default!;
        runtime.Spawn("script", async () =>
        {
            await stores.Object.PutStateAsync(BlackboardService.HeadKey, "", "foreign");
            outcome = await board.ExchangeAsync(alice.CreateFact(new Content("text/plain", [1, 2, 3]), new Origin("asset", 1)), "text/plain");
        });
        runtime.RunToCompletion();
        return (outcome, stores.Inspector!.ObjectState(BlackboardService.HeadKey));
    }

    private static string[] ResultsOfFifthExchange(BlackboardLimits limits, BlackboardDefences defences)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        var board = new BlackboardService(runtime, StoreSet.InProcess(), limits, defences);
        using var alice = AgentIdentity.Derive(1, "alice");
        ActionOutcome last = default!;
        runtime.Spawn("script", async () =>
        {
            for (byte i = 0; i < 5; i++)
            {
                last = await board.ExchangeAsync(alice.CreateFact(new Content("text/plain", [i]), new Origin("asset", i)), "text/plain");
            }
        });
        runtime.RunToCompletion();
        return [.. last.FactIds];
    }
}
