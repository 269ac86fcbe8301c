using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

public sealed class LearnedProposerTests
{
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(5, 3);
    private static readonly int[] TrainingSeeds = [.. Enumerable.Range(1, 40)];
    private static readonly int[] HeldOutSeeds = [.. Enumerable.Range(1000, 20)];

    [Test]
    public void Trained_on_oracle_labels_it_beats_the_rules_on_held_out_seeds_but_is_not_the_oracle()
    {
        LearnedProposer learned = LearnedProposer.Train(Config, TrainingSeeds, 200);
        double accuracy = LearnedProposer.OneStepAccuracy(learned, Config, HeldOutSeeds, 200);
        double rules = LearnedProposer.OneStepAccuracy(new RuleProposer(), Config, HeldOutSeeds, 200);
        double oracle = LearnedProposer.OneStepAccuracy(new OracleBackedProposer(), Config, HeldOutSeeds, 200);
        TestContext.Out.WriteLine($"one-step delta-exact accuracy on held-out seeds: learned {accuracy:F4}, rules {rules:F4}, oracle {oracle:F4}");
        Assert.That(oracle, Is.EqualTo(1.0));
        Assert.That(accuracy, Is.GreaterThan(rules));
        Assert.That(accuracy, Is.LessThan(1.0), "local features cannot see multi-hop reachability");
    }

    [Test]
    public void Training_is_deterministic()
    {
        var first = LearnedProposer.Train(Config, TrainingSeeds.Take(10), 100);
        var second = LearnedProposer.Train(Config, TrainingSeeds.Take(10), 100);
        foreach (var (action, transition) in Nexus.Oracle.NetworkWorld.NetworkRollout.Run(Config, "weighted", 7, 100))
        {
            NetworkState state = transition.Next;
            Assert.That(second.Propose(state, action), Is.EqualTo(first.Propose(state, action)).Using<Proposal>((a, b) =>
                a.Delta.SequenceEqual(b.Delta) && a.Signal.Equals(b.Signal)));
        }
    }
}
