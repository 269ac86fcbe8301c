namespace Nexus.Worlds.Blackboard.Games;

/// <summary>The outcome of one iterated game: each side's total payoff and the share of cooperative moves.</summary>
public readonly record struct GameScore(double First, double Second, double Cooperation);
