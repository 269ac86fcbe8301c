using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The throttle Hint, <c>max-intents-per-agent-per-second:N</c>: an agent with N Intents
/// admitted within the second before a submission (on the deciding worker's clock, whatever their
/// creator stamped) is refused until the second has passed; another agent
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

    [TestCase(BlackboardRun.Depth1)]
    [TestCase(BlackboardRun.CloudflareWorkers)]
    public void Backdated_intents_are_throttled_by_their_admission_time_on_the_workers_clock(string depth)
    {
        // The attacker stamps each Intent a second further back than the last, so no two of them share a
        // second by their creator's clock; the throttle counts them when they were admitted.
        using var script = new ScriptedBlackboard(depth);
        script.Execute(async () =>
        {
            await script.Board.AddHintAsync(new Hint("throttle", HintRule.MaxIntentsPerAgentPerSecond + ":2", script.Alice.Id, 0, 0));
            await script.Until(SimTime.FromSeconds(10));
            Assert.That(await Backdated(script.Board, script.Alice.Id, script.Runtime), Is.EqualTo(new[]
            {
                BlackboardError.None, BlackboardError.None, BlackboardError.RateLimited, BlackboardError.RateLimited, BlackboardError.RateLimited,
            }));
        });
    }

    [Test]
    public void The_backdating_check_catches_rules_that_take_the_creators_timestamp_for_the_workers_clock()
    {
        // The test-only bug: an Intent is admitted at the time its creator stamped, as the throttle once counted.
        var runtime = BlackboardRun.NewRuntime(1);
        var board = new BlackboardService(runtime, Nexus.Worlds.Storage.StoreSet.InProcess(), BlackboardRun.Limits, rules: new CreatorClockRules());
        BlackboardError[]? outcomes = null;
        runtime.Spawn("attacker", async () =>
        {
            await board.AddHintAsync(new Hint("throttle", HintRule.MaxIntentsPerAgentPerSecond + ":2", "attacker", 0, 0));
            await runtime.Delay(SimDuration.FromSeconds(10));
            outcomes = await Backdated(board, "attacker", runtime);
        });
        runtime.RunToCompletion();

        Assert.That(outcomes, Is.All.EqualTo(BlackboardError.None), "backdating evades a throttle that counts by the creator's clock");
    }

    /// <summary>Five Intents submitted at once, the i-th stamped i + 1 seconds before now.</summary>
    private static async Task<BlackboardError[]> Backdated(BlackboardService board, string creator, Nexus.Engine.Runtime.ISimRuntime runtime)
    {
        var outcomes = new BlackboardError[5];
        for (int i = 0; i < outcomes.Length; i++)
        {
            long stamped = runtime.Now.Nanoseconds - (i + 1) * 1_000_000_000L;
            outcomes[i] = (await board.SubmitIntentAsync(Intent.Submit([], "backdated " + i, creator, stamped))).Error;
        }
        return outcomes;
    }

    /// <summary>Deliberately broken: admits an Intent at its creator's timestamp instead of the worker's clock.</summary>
    private sealed class CreatorClockRules : IBlackboardRules
    {
        public Decision Decide(BlackboardState state, BlackboardAction action, BlackboardLimits limits, BlackboardDefences defences)
        {
            Decision decision = BlackboardRules.Standard.Decide(state, action, limits, defences);
            return action is SubmitIntentAction submit && decision.Change is { Intents: [Intent admitted] } change
                ? decision with { Change = change with { Intents = [admitted with { AdmittedAt = submit.Intent.CreatedAt }] } }
                : decision;
        }
    }

    [Test]
    public void The_rule_parses_and_a_malformed_limit_does_not()
    {
        Assert.That(HintRule.TryParse("max-intents-per-agent-per-second:20", out HintRule rule), Is.True);
        Assert.That(rule, Is.EqualTo(new HintRule(HintRule.MaxIntentsPerAgentPerSecond, 20)));
        Assert.That(HintRule.TryParse("max-intents-per-agent-per-second:-1", out _), Is.False);
    }
}
