using System.Globalization;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The blackboard's commit log on the object store: commit number k (from 1) is the object
/// <c>log/k</c>, holding the change it made. Every commit takes the next free number in the same
/// atomic compare-and-swap that moves the records' commit points, so the log is the commit order, and
/// a worker catches up by reading the numbers after the last one it saw until it finds a free one.</summary>
public static class CommitLog
{
    /// <summary>The prefix of every log object.</summary>
    public const string Prefix = "log/";

    /// <summary>The object of commit <paramref name="number"/>.</summary>
    public static string Key(long number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The commit number a key names, if it is a log key.</summary>
    public static bool TryNumber(string key, out long number)
    {
        ArgumentNullException.ThrowIfNull(key);
        number = 0;
        return key.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
