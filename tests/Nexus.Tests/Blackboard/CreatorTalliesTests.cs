using System.Collections.Immutable;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The per-creator counts the rate-limit Hints read (<see cref="BlackboardState.Tallies"/>) are
/// carried from commit to commit by <see cref="BlackboardState.Apply"/> instead of counted by a scan at
/// every decision. Each is checked against the scan it replaced.</summary>
public sealed class CreatorTalliesTests
{
    private const long OneSecond = 1_000_000_000;

    private static readonly BlackboardLimits Limits = new() { HeartbeatTimeToLive = 5_000_000_000, UnclaimedTimeToLive = 20_000_000_000 };

    private static readonly ulong[] Seeds = [.. BlackboardConformanceTests.TwentySeeds.Take(8)];

    [TestCaseSource(nameof(Seeds))]
    public void Tallies_carried_through_every_commit_equal_a_count_of_the_state(ulong seed)
    {
        using var driver = new BlackboardDriver(seed, 6, Limits);
        BlackboardState oracle = BlackboardState.Empty;
        BlackboardState view = BlackboardState.Empty;
        Assert.That(view.Tallies.Facts("anyone"), Is.Zero);
        int concluded = 0, evicted = 0;
        for (int t = 0; t < 400; t++)
        {
            long at = t * 250_000_000L;
            BlackboardAction action = driver.Next(oracle, at, signConclusions: true);
            oracle = BlackboardOracle.Step(oracle, action, Limits).State;
            BlackboardChange? change = BlackboardRules.Standard.Decide(view, action, Limits, BlackboardDefences.All).Change?.Net(view);
            if (change is { IsEmpty: false })
            {
                concluded += change.Intents.Count(intent => intent.Phase == IntentPhase.Concluded);
                evicted += change.RemovedIntents.Length;
                view = change.ApplyTo(view);
            }
            AssertCounts(view, at);
        }
        Assert.That(view.Difference(oracle), Is.Null);
        // A rollout that links, concludes and evicts nothing would check nothing of the updates.
        Assert.That(view.Facts, Is.Not.Empty);
        Assert.That(concluded, Is.Positive);
        Assert.That(evicted, Is.Positive);
    }

    [Test]
    public void Setting_the_intents_or_facts_drops_the_tallies_so_they_are_counted_afresh()
    {
        using var driver = new BlackboardDriver(Seeds[0], 6, Limits);
        BlackboardState state = BlackboardState.Empty;
        for (int t = 0; t < 120; t++)
        {
            state = BlackboardOracle.Step(state, driver.Next(state, t * 250_000_000L, signConclusions: true), Limits).State;
        }
        Assert.That(state.Intents, Is.Not.Empty);
        Assert.That(state.Facts, Is.Not.Empty);
        string creator = state.Intents.Values.First().Creator;
        Assert.That(state.Tallies.OpenIntents(creator) + state.Tallies.AdmittedAfter(creator, long.MinValue), Is.Positive);
        BlackboardState noIntents = state with { Intents = ImmutableSortedDictionary.Create<string, Intent>(StringComparer.Ordinal) };
        Assert.That((noIntents.Tallies.OpenIntents(creator), noIntents.Tallies.AdmittedAfter(creator, long.MinValue)), Is.EqualTo((0, 0)));
        string factCreator = state.Facts.Values.First().Creator;
        BlackboardState noFacts = state with { Facts = ImmutableSortedDictionary.Create<string, Fact>(StringComparer.Ordinal) };
        Assert.That(noFacts.Tallies.Facts(factCreator), Is.Zero);
        Assert.That(state.Tallies.Facts(factCreator), Is.Positive, "the state the copies came from keeps its own");
    }

    /// <summary>Every creator's tallies in <paramref name="state"/> against a scan, at the window the
    /// per-second limit uses at <paramref name="at"/> and at every admission time, just before and at it.</summary>
    private static void AssertCounts(BlackboardState state, long at)
    {
        IEnumerable<string> creators = state.Facts.Values.Select(fact => fact.Creator).Concat(state.Intents.Values.Select(intent => intent.Creator)).Distinct();
        foreach (string creator in creators)
        {
            Intent[] own = [.. state.Intents.Values.Where(intent => intent.Creator == creator)];
            Assert.That(state.Tallies.Facts(creator), Is.EqualTo(state.Facts.Values.Count(fact => fact.Creator == creator)), creator);
            Assert.That(state.Tallies.OpenIntents(creator), Is.EqualTo(own.Count(intent => intent.Phase != IntentPhase.Concluded)), creator);
            foreach (long after in own.SelectMany(intent => new[] { intent.AdmittedAt - 1, intent.AdmittedAt }).Append(at - OneSecond))
            {
                Assert.That(state.Tallies.AdmittedAfter(creator, after), Is.EqualTo(own.Count(intent => intent.AdmittedAt > after)), $"{creator} after {after}");
            }
        }
    }
}
