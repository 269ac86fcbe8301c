using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The states the workers of one blackboard reached by applying its latest commit-log entries,
/// so that of several workers reading the same entry on the same state only the first decodes and
/// applies it. Every worker still reads every entry from the stores, at the same virtual times; what
/// it is spared is work in process, a pure function of the state before and the entry, so sharing it
/// changes no decision. A state is given back only for the very same state before (the same object)
/// and an entry equal to the one applied; one per commit number is kept, for the latest
/// <see cref="Window"/> numbers.</summary>
public sealed class AppliedEntries
{
    /// <summary>How many of the latest commit numbers are remembered.</summary>
    public const int Window = 64;

    private readonly Slot[] _slots = new Slot[Window];

    /// <summary>The state after commit <paramref name="number"/>, whose log entry is <paramref name="entry"/>, on <paramref name="before"/>.</summary>
    public BlackboardState Apply(BlackboardState before, long number, string entry)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(entry);
        ref Slot slot = ref _slots[number % Window];
        if (ReferenceEquals(slot.Before, before) && string.Equals(slot.Entry, entry, StringComparison.Ordinal))
        {
            return slot.After!;
        }
        BlackboardState after = BlackboardChange.Decode(entry).ApplyTo(before);
        slot = new Slot(before, entry, after);
        return after;
    }

    /// <summary>The state after a worker's own commit <paramref name="number"/> of <paramref name="change"/>
    /// on <paramref name="before"/>, its log entry <paramref name="entry"/>, remembered for the workers that read it.</summary>
    public BlackboardState Committed(BlackboardState before, long number, string entry, BlackboardChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        BlackboardState after = change.ApplyTo(before);
        _slots[number % Window] = new Slot(before, entry, after);
        return after;
    }

    private readonly record struct Slot(BlackboardState? Before, string? Entry, BlackboardState? After);
}
