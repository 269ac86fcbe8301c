using System.Globalization;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>How many requests a server answered with each status; safe from any thread.</summary>
public sealed class RequestCounts
{
    private readonly long[] _byStatus = new long[600];

    /// <summary>Counts one answer with <paramref name="status"/>.</summary>
    public void Add(int status) => Interlocked.Increment(ref _byStatus[Math.Clamp(status, 0, _byStatus.Length - 1)]);

    /// <summary>Answers with <paramref name="status"/> so far.</summary>
    public long Of(int status) => Interlocked.Read(ref _byStatus[status]);

    /// <summary>One line: every status answered, in order, e.g. <c>200: 1042, 409: 3</c>.</summary>
    public string Describe()
    {
        string[] parts = [.. Enumerable.Range(0, _byStatus.Length).Where(status => Of(status) > 0)
            .Select(status => status.ToString(CultureInfo.InvariantCulture) + ": " + Of(status).ToString(CultureInfo.InvariantCulture))];
        return parts.Length == 0 ? "no requests" : string.Join(", ", parts);
    }
}
