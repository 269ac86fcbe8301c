using Nexus.Engine.Randomness;

namespace Nexus.Worlds.Blackboard.Games;

/// <summary>A strategy of the iterated exchange game: the next move from both histories so far.</summary>
public sealed class ExchangeStrategy
{
    private readonly Func<IReadOnlyList<Move>, IReadOnlyList<Move>, SimRandom, Move> _next;

    private ExchangeStrategy(string name, Func<IReadOnlyList<Move>, IReadOnlyList<Move>, SimRandom, Move> next)
    {
        Name = name;
        _next = next;
    }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Cooperates first, then copies the partner's last move.</summary>
    public static ExchangeStrategy TitForTat { get; } = new("tit-for-tat", (_, theirs, _) => theirs.Count == 0 ? Move.Cooperate : theirs[^1]);

    /// <summary>Always defects.</summary>
    public static ExchangeStrategy AlwaysDefect { get; } = new("always-defect", (_, _, _) => Move.Defect);

    /// <summary>Always cooperates.</summary>
    public static ExchangeStrategy AlwaysCooperate { get; } = new("always-cooperate", (_, _, _) => Move.Cooperate);

    /// <summary>Cooperates until the partner defects once, then defects for ever.</summary>
    public static ExchangeStrategy Grudger { get; } = new("grudger", (_, theirs, _) => theirs.Contains(Move.Defect) ? Move.Defect : Move.Cooperate);

    /// <summary>Win-stay, lose-shift: repeats its move after a reward of 3 or 5, switches after 0 or 1.</summary>
    public static ExchangeStrategy Pavlov { get; } = new("pavlov", (mine, theirs, _) =>
        mine.Count == 0 ? Move.Cooperate : theirs[^1] == Move.Cooperate ? mine[^1] : Other(mine[^1]));

    /// <summary>Cooperates or defects with even odds.</summary>
    public static ExchangeStrategy Random { get; } = new("random", (_, _, random) => random.Next(2) == 0 ? Move.Cooperate : Move.Defect);

    /// <summary>Tit-for-tat that forgives a defection with probability 1/3.</summary>
    public static ExchangeStrategy GenerousTitForTat { get; } = new("generous-tit-for-tat", (_, theirs, random) =>
        theirs.Count == 0 || theirs[^1] == Move.Cooperate || random.Next(3) == 0 ? Move.Cooperate : Move.Defect);

    /// <summary>The six strategies of the round robin, in order.</summary>
    public static IReadOnlyList<ExchangeStrategy> Six { get; } = [TitForTat, AlwaysDefect, AlwaysCooperate, Grudger, Pavlov, Random];

    /// <summary>The next move.</summary>
    public Move Next(IReadOnlyList<Move> mine, IReadOnlyList<Move> theirs, SimRandom random) => _next(mine, theirs, random);

    private static Move Other(Move move) => move == Move.Cooperate ? Move.Defect : Move.Cooperate;
}
