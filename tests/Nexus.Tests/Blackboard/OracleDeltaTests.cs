using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

public sealed class OracleDeltaTests
{
    /// <summary>(state, action, transition) triples from the driver, walking the oracle forward.</summary>
    private static IEnumerable<(BlackboardState State, BlackboardAction Action, BlackboardTransition Transition)> Pairs(ulong seed, int count)
    {
        using var driver = new BlackboardDriver(seed, 5, BlackboardRun.Limits);
        BlackboardState state = BlackboardState.Empty;
        for (int i = 0; i < count; i++)
        {
            BlackboardAction action = driver.Next(state, i * 250_000_000L, signConclusions: true);
            BlackboardTransition transition = BlackboardOracle.Step(state, action, BlackboardRun.Limits);
            yield return (state, action, transition);
            state = transition.State;
        }
    }

    [Test]
    public void Applying_the_delta_gives_the_oracles_next_state_over_10000_pairs()
    {
        int checkedPairs = 0;
        int changing = 0;
        foreach (ulong seed in SeedBank.Seeds)
        {
            foreach (var (state, action, transition) in Pairs(seed, 1_000))
            {
                BlackboardState applied = transition.Delta.ApplyTo(state);
                Assert.That(applied.Difference(transition.State), Is.Null, $"seed {seed}, {action}");
                checkedPairs++;
                changing += transition.Delta.Edits.Count > 0 ? 1 : 0;
            }
        }
        Assert.That(checkedPairs, Is.EqualTo(10_000));
        Assert.That(changing, Is.GreaterThan(2_000), "most of the check must be over actions that change something");
    }

    [Test]
    public void Corrupting_one_edit_of_a_delta_is_detected()
    {
        // Negative control: every changing delta, with one edit dropped or altered, misses the next state.
        int corrupted = 0;
        foreach (var (state, _, transition) in Pairs(5, 5_000).Where(p => p.Transition.Delta.Edits.Count > 0))
        {
            List<BlackboardEdit> edits = [.. transition.Delta.Edits];
            int index = corrupted % edits.Count;
            BlackboardEdit edit = edits[index];
            if (corrupted % 2 == 0)
            {
                edits.RemoveAt(index);
            }
            else
            {
                edits[index] = Corrupt(edit);
            }
            BlackboardState applied = new BlackboardDelta(edits).ApplyTo(state);
            Assert.That(applied.Difference(transition.State), Is.Not.Null, $"corrupted {edit.Kind} went unnoticed");
            corrupted++;
        }
        Assert.That(corrupted, Is.GreaterThan(300));
    }

    [Test]
    public void The_oracle_is_deterministic_and_leaves_its_input_state_unchanged()
    {
        var first = Pairs(13, 500).Select(p => p.Transition.State).ToList();
        var second = Pairs(13, 500).Select(p => p.Transition.State).ToList();
        Assert.That(first.Zip(second).All(pair => pair.First.Difference(pair.Second) is null), Is.True);
        foreach (var (state, action, _) in Pairs(13, 200))
        {
            BlackboardState before = state;
            BlackboardOracle.Step(state, action, BlackboardRun.Limits);
            Assert.That(state.Difference(before), Is.Null);
        }
    }

    private static BlackboardEdit Corrupt(BlackboardEdit edit) => edit.Kind switch
    {
        BlackboardEditKind.SetHead => edit with { Key = "not-the-head" },
        BlackboardEditKind.PutFact => edit with { Fact = edit.Fact! with { Previous = "elsewhere" } },
        BlackboardEditKind.PutIntent => edit with { Intent = edit.Intent! with { LastHeartbeatAt = edit.Intent.LastHeartbeatAt + 1 } },
        BlackboardEditKind.PutHint => edit with { Hint = edit.Hint! with { TimeToLive = edit.Hint.TimeToLive + 1 } },
        BlackboardEditKind.RemoveIntent => edit with { Kind = BlackboardEditKind.RemoveHint },
        _ => edit with { Kind = BlackboardEditKind.RemoveIntent },
    };
}
