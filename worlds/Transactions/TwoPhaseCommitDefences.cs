namespace Nexus.Worlds.Transactions;

/// <summary>The parts of two-phase commit that keep a transaction atomic, each named so that a run's
/// configuration can switch one off and show the atomicity audit catches what it stops.
/// <see cref="All"/> is the protocol as specified.</summary>
public sealed record TwoPhaseCommitDefences
{
    /// <summary>The names of the defences.</summary>
    public static IReadOnlyList<string> Names { get; } = ["durable-decision-log", "unanimous-votes"];

    /// <summary>Every defence on.</summary>
    public static TwoPhaseCommitDefences All { get; } = new();

    /// <summary>The coordinator logs each decision on durable storage before delivering it; off, the log
    /// is kept in memory and a crash loses it (a coordinator without durable storage).</summary>
    public bool DurableDecisionLog { get; init; } = true;

    /// <summary>The coordinator commits only when every participant voted yes in time; off, a vote that
    /// never arrived (a timeout, a refusal) counts as yes.</summary>
    public bool UnanimousVotes { get; init; } = true;

    /// <summary>These defences with <paramref name="names"/> switched off; an unknown name throws, listing the known ones.</summary>
    public TwoPhaseCommitDefences Without(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        TwoPhaseCommitDefences result = this;
        foreach (string name in names)
        {
            result = name switch
            {
                "durable-decision-log" => result with { DurableDecisionLog = false },
                "unanimous-votes" => result with { UnanimousVotes = false },
                _ => throw new ArgumentException($"unknown defence '{name}' (known: {string.Join(", ", Names)})", nameof(names)),
            };
        }
        return result;
    }
}
