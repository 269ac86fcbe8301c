using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The workers of one blackboard share the states they reach by applying a commit-log entry:
/// a state is given back only for the very same state before and entry, and is what applying the
/// entry gives.</summary>
public sealed class AppliedEntriesTests
{
    private static readonly AgentIdentity Agent = AgentIdentity.Derive(1, "applied-entries");

    [OneTimeTearDown]
    public static void DisposeAgent() => Agent.Dispose();

    [Test]
    public void The_same_entry_on_the_same_state_is_applied_once_and_as_decoding_it_would()
    {
        var applied = new AppliedEntries();
        BlackboardState before = StateWith("one");
        string entry = Entry(before, "two");
        BlackboardState first = applied.Apply(before, 2, entry);
        Assert.That(applied.Apply(before, 2, entry), Is.SameAs(first));
        Assert.That(Ids(first), Is.EqualTo(Ids(BlackboardChange.Decode(entry).ApplyTo(before))));
        Assert.That(Ids(first), Has.Count.EqualTo(3)); // the head and both Facts
    }

    [Test]
    public void Another_state_before_is_applied_afresh_even_with_the_same_entry()
    {
        var applied = new AppliedEntries();
        BlackboardState before = StateWith("one");
        string entry = Entry(before, "two");
        applied.Apply(before, 2, entry);
        BlackboardState other = StateWith("other");
        Assert.That(Ids(applied.Apply(other, 2, entry)), Is.EqualTo(Ids(BlackboardChange.Decode(entry).ApplyTo(other))));
    }

    [Test]
    public void Another_entry_is_applied_afresh()
    {
        var applied = new AppliedEntries();
        BlackboardState before = StateWith("one");
        applied.Apply(before, 2, Entry(before, "two"));
        string three = Entry(before, "three");
        Assert.That(Ids(applied.Apply(before, 2, three)), Is.EqualTo(Ids(BlackboardChange.Decode(three).ApplyTo(before))));
    }

    [Test]
    public void A_workers_own_commit_is_given_to_the_workers_that_read_its_entry()
    {
        var applied = new AppliedEntries();
        BlackboardState before = StateWith("one");
        BlackboardChange change = Change(before, "two");
        string entry = (change with { Writer = "worker-0/1" }).Encode();
        BlackboardState committed = applied.Committed(before, 2, entry, change);
        Assert.That(applied.Apply(before, 2, entry), Is.SameAs(committed));
        Assert.That(Ids(committed), Is.EqualTo(Ids(BlackboardChange.Decode(entry).ApplyTo(before))));
    }

    private static BlackboardState StateWith(string observation) => Change(BlackboardState.Empty, observation).ApplyTo(BlackboardState.Empty);

    private static string Entry(BlackboardState before, string observation) => (Change(before, observation) with { Writer = "worker-1/1" }).Encode();

    private static BlackboardChange Change(BlackboardState before, string observation)
    {
        Fact fact = Agent.CreateFact(new Content("text/plain", System.Text.Encoding.UTF8.GetBytes(observation)), new Origin("asset", 1));
        return BlackboardChange.Link(fact with { Previous = before.Head });
    }

    private static List<string> Ids(BlackboardState state) => [state.Head, .. state.Facts.Keys];
}
