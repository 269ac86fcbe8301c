using Nexus.Engine.Randomness;
using Nexus.Experiments.Attacks;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Games;

namespace Nexus.Tests.Attacks;

/// <summary>The game-theoretic scenarios: the strategies behave as named, the payoffs are the
/// standard dilemma's, and over the campaign's seed bank tit-for-tat beats always-defect, survives
/// selection, and generous tit-for-tat keeps cooperating under noise; the blackboard check fails when
/// its numbers are below its bounds.</summary>
public sealed class GameCheckTests
{
    private static readonly SimRandom Random = new(1);

    [Test]
    public void Each_strategy_plays_as_its_name_says()
    {
        Move c = Move.Cooperate, d = Move.Defect;
        Assert.That(ExchangeStrategy.TitForTat.Next([], [], Random), Is.EqualTo(c));
        Assert.That(ExchangeStrategy.TitForTat.Next([c], [d], Random), Is.EqualTo(d));
        Assert.That(ExchangeStrategy.Grudger.Next([c, d, d], [d, c, c], Random), Is.EqualTo(d), "never forgives");
        Assert.That(ExchangeStrategy.Pavlov.Next([d], [c], Random), Is.EqualTo(d), "won 5: stays");
        Assert.That(ExchangeStrategy.Pavlov.Next([c], [d], Random), Is.EqualTo(d), "lost with 0: shifts");
        Assert.That(ExchangeStrategy.Pavlov.Next([d], [d], Random), Is.EqualTo(c), "lost with 1: shifts");
        Assert.That(IteratedExchange.Payoff(d, c), Is.EqualTo(5));
        Assert.That(IteratedExchange.Payoff(c, c), Is.EqualTo(3));
        Assert.That(IteratedExchange.Payoff(d, d), Is.EqualTo(1));
        Assert.That(IteratedExchange.Payoff(c, d), Is.Zero);
    }

    [Test]
    public void Always_defect_exploits_always_cooperate_and_tit_for_tat_only_once()
    {
        GameScore exploited = IteratedExchange.Play(ExchangeStrategy.AlwaysDefect, ExchangeStrategy.AlwaysCooperate, 200, 0, new SimRandom(1));
        Assert.That(exploited, Is.EqualTo(new GameScore(1000, 0, 0.5)));
        GameScore guarded = IteratedExchange.Play(ExchangeStrategy.AlwaysDefect, ExchangeStrategy.TitForTat, 200, 0, new SimRandom(1));
        Assert.That(guarded.First, Is.EqualTo(5 + 199));
        Assert.That(guarded.Second, Is.EqualTo(199));
    }

    [Test]
    public void Over_the_campaigns_seed_bank_the_three_game_checks_hold_and_the_blackboard_check_reads_the_cells()
    {
        CellVerdict cell = new(Campaigns.Committed.Scenarios[0], Campaigns.Committed.Depths[0], [], 0, 0, 0) { Tallies = Tallies(100, 95, 95, 0) };
        IReadOnlyList<GameResult> results = GameChecks.Run(Campaigns.Committed.Seeds, [cell]);
        Assert.That(results, Has.Count.EqualTo(4));
        Assert.That(results.Select(r => r.Holds), Is.All.True, string.Join("\n", results));
        Assert.That(results[3].Value, Is.EqualTo(0.95));

        CellVerdict poor = cell with { Tallies = Tallies(100, 60, 95, 0) };
        CellVerdict lying = cell with { Tallies = Tallies(100, 95, 95, 20) };
        Assert.That(GameChecks.Run([1], [poor])[3].Holds, Is.False, "completion 0.6 is below 0.7");
        Assert.That(GameChecks.Run([1], [lying])[3].Holds, Is.False, "a fifth of the conclusions false");
    }

    private static Dictionary<string, long> Tallies(long started, long concluded, long conclusions, long wrong) => new()
    {
        [ExchangeTallies.IntentsStarted] = started,
        [ExchangeTallies.IntentsConcluded] = concluded,
        [ExchangeTallies.Conclusions] = conclusions,
        [ExchangeTallies.FalseConclusions] = wrong,
    };
}
