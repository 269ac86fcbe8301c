using Nexus.Engine.Randomness;

namespace Nexus.Worlds.Blackboard.Games;

/// <summary>The iterated exchange game between two agents, as a prisoner's dilemma with the standard
/// payoffs: both contribute, 3 each (each reads what the other committed); one free-rides, 5 to it and
/// 0 to the contributor; both free-ride, 1 each. With noise, each intended move is
/// flipped with that probability (a contribution lost, or sent by mistake).</summary>
public static class IteratedExchange
{
    /// <summary>The payoff to a player of <paramref name="mine"/> against <paramref name="theirs"/>.</summary>
    public static double Payoff(Move mine, Move theirs) => (mine, theirs) switch
    {
        (Move.Cooperate, Move.Cooperate) => 3,
        (Move.Defect, Move.Cooperate) => 5,
        (Move.Cooperate, Move.Defect) => 0,
        _ => 1,
    };

    /// <summary>Plays <paramref name="turns"/> turns.</summary>
    public static GameScore Play(ExchangeStrategy first, ExchangeStrategy second, int turns, double noise, SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(random);
        var a = new List<Move>(turns);
        var b = new List<Move>(turns);
        double scoreA = 0, scoreB = 0;
        int cooperative = 0;
        for (int turn = 0; turn < turns; turn++)
        {
            Move moveA = Noisy(first.Next(a, b, random), noise, random);
            Move moveB = Noisy(second.Next(b, a, random), noise, random);
            scoreA += Payoff(moveA, moveB);
            scoreB += Payoff(moveB, moveA);
            cooperative += (moveA == Move.Cooperate ? 1 : 0) + (moveB == Move.Cooperate ? 1 : 0);
            a.Add(moveA);
            b.Add(moveB);
        }
        return new GameScore(scoreA, scoreB, turns == 0 ? 0 : cooperative / (2.0 * turns));
    }

    private static Move Noisy(Move move, double noise, SimRandom random) =>
        noise > 0 && random.NextDouble() < noise ? (move == Move.Cooperate ? Move.Defect : Move.Cooperate) : move;
}
