using System.Collections.Immutable;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>What the rate-limit Hints count, per creator, over one <see cref="BlackboardState"/>: the Facts
/// it created, its Intents not yet concluded, and its Intents by admission time. Immutable; a commit
/// updates it for the Facts and Intents it changes (<see cref="With(Fact?, Fact)"/>,
/// <see cref="With(Intent?, Intent?)"/>), so a rule counts in O(log n) instead of scanning the state.</summary>
public sealed class CreatorTallies
{
    private static readonly ImmutableSortedSet<(long AdmittedAt, string Id)> NoneAdmitted =
        ImmutableSortedSet.Create<(long AdmittedAt, string Id)>(Comparer<(long AdmittedAt, string Id)>.Create((a, b) => a.AdmittedAt != b.AdmittedAt
            ? a.AdmittedAt.CompareTo(b.AdmittedAt)
            : string.CompareOrdinal(a.Id, b.Id)));

    private static readonly Tally Nothing = new(0, 0, NoneAdmitted);

    private readonly ImmutableDictionary<string, Tally> _byCreator;

    private CreatorTallies(ImmutableDictionary<string, Tally> byCreator) => _byCreator = byCreator;

    /// <summary>The tallies of every Fact and Intent of <paramref name="state"/>: a scan, once.</summary>
    public static CreatorTallies Of(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var tallies = new CreatorTallies(ImmutableDictionary.Create<string, Tally>(StringComparer.Ordinal));
        foreach (Fact fact in state.Facts.Values)
        {
            tallies = tallies.With(null, fact);
        }
        foreach (Intent intent in state.Intents.Values)
        {
            tallies = tallies.With(null, intent);
        }
        return tallies;
    }

    /// <summary>How many Facts <paramref name="creator"/> created.</summary>
    public int Facts(string creator) => Of(creator).Facts;

    /// <summary>How many of <paramref name="creator"/>'s Intents are not concluded.</summary>
    public int OpenIntents(string creator) => Of(creator).Open;

    /// <summary>How many of <paramref name="creator"/>'s Intents were admitted after <paramref name="time"/> (nanoseconds).</summary>
    public int AdmittedAfter(string creator, long time)
    {
        ImmutableSortedSet<(long AdmittedAt, string Id)> admitted = Of(creator).Admitted;
        if (time == long.MaxValue || admitted.Count == 0)
        {
            return 0;
        }
        int first = admitted.IndexOf((time + 1, ""));
        return admitted.Count - (first < 0 ? ~first : first);
    }

    /// <summary>These tallies with <paramref name="before"/> (null: none) replaced by <paramref name="after"/>.</summary>
    public CreatorTallies With(Fact? before, Fact after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before?.Creator == after.Creator)
        {
            return this;
        }
        CreatorTallies tallies = before is null ? this : Count(before.Creator, facts: -1, open: 0);
        return tallies.Count(after.Creator, facts: 1, open: 0);
    }

    /// <summary>These tallies with <paramref name="before"/> (null: none) replaced by <paramref name="after"/> (null: removed).</summary>
    public CreatorTallies With(Intent? before, Intent? after)
    {
        if (before is not null && after is not null && before.Id == after.Id && before.Creator == after.Creator && before.AdmittedAt == after.AdmittedAt)
        {
            // A claim, a heartbeat, a release or a conclusion: at most the open count moves.
            int open = Open(after) - Open(before);
            return open == 0 ? this : Count(after.Creator, facts: 0, open: open);
        }
        CreatorTallies tallies = this;
        if (before is not null)
        {
            tallies = tallies.Count(before.Creator, facts: 0, open: -Open(before), unadmitted: (before.AdmittedAt, before.Id));
        }
        if (after is not null)
        {
            tallies = tallies.Count(after.Creator, facts: 0, open: Open(after), admitted: (after.AdmittedAt, after.Id));
        }
        return tallies;
    }

    private static int Open(Intent intent) => intent.Phase == IntentPhase.Concluded ? 0 : 1;

    private Tally Of(string creator) => _byCreator.GetValueOrDefault(creator) ?? Nothing;

    /// <summary>These tallies with <paramref name="creator"/>'s Facts and open Intents moved by <paramref name="facts"/>
    /// and <paramref name="open"/>, and an admission added or taken away.</summary>
    private CreatorTallies Count(string creator, int facts, int open, (long, string)? admitted = null, (long, string)? unadmitted = null)
    {
        Tally tally = Of(creator);
        ImmutableSortedSet<(long AdmittedAt, string Id)> admissions = tally.Admitted;
        if (admitted is { } add)
        {
            admissions = admissions.Add(add);
        }
        if (unadmitted is { } remove)
        {
            admissions = admissions.Remove(remove);
        }
        return new(_byCreator.SetItem(creator, new Tally(tally.Facts + facts, tally.Open + open, admissions)));
    }

    private sealed record Tally(int Facts, int Open, ImmutableSortedSet<(long AdmittedAt, string Id)> Admitted);
}
