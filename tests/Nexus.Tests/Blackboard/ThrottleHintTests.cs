using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The throttle Hint, <c>max-intents-per-agent-per-second:N</c>: an agent with N Intents
/// created within the second before a submission is refused until the second has passed; another agent
/// is not affected; the orchestration agrees with the oracle at every step, at both depths.</summary>
public sealed class ThrottleHintTests
{
    [TestCase(BlackboardRun.Depth1)]
    [TestCase(BlackboardRun.CloudflareWorkers)]
    public void The_third_intent_within_a_second_is_refused_and_accepted_once_the_second_has_passed(string depth)
    {
        using var script = new ScriptedBlackboard(depth);
        var outcomes = new List<BlackboardError>();
        script.Execute(async () =>
        {
            await script.Board.AddHintAsync(new Hint("throttle", HintRule.MaxIntentsPerAgentPerSecond + ":2", script.Alice.Id, 0, 0));
            for (int i = 0; i < 3; i++)
            {
                outcomes.Add((await script.Board.SubmitIntentAsync(Intent.Submit([], "burst " + i, script.Alice.Id, script.Runtime.Now.Nanoseconds))).Error);
            }
            outcomes.Add((await script.Board.SubmitIntentAsync(Intent.Submit([], "other", script.Bob.Id, script.Runtime.Now.Nanoseconds))).Error);
            await script.Until(script.Runtime.Now + SimDuration.FromSeconds(1.5));
            outcomes.Add((await script.Board.SubmitIntentAsync(Intent.Submit([], "later", script.Alice.Id, script.Runtime.Now.Nanoseconds))).Error);
        });
        Assert.That(outcomes, Is.EqualTo(new[]
        {
            BlackboardError.None, BlackboardError.None, BlackboardError.RateLimited, BlackboardError.None, BlackboardError.None,
        }));
    }

    [Test]
    public void The_rule_parses_and_a_malformed_limit_does_not()
    {
        Assert.That(HintRule.TryParse("max-intents-per-agent-per-second:20", out HintRule rule), Is.True);
        Assert.That(rule, Is.EqualTo(new HintRule(HintRule.MaxIntentsPerAgentPerSecond, 20)));
        Assert.That(HintRule.TryParse("max-intents-per-agent-per-second:-1", out _), Is.False);
    }
}
