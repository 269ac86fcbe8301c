using System.Globalization;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>The metrics of spec section 8: the fact set, divergence, reachability faithfulness,
/// bits-to-correct and delta-exactness, and the faithful horizon.</summary>
public static class NetworkMetrics
{
    /// <summary>Bits per correction symbol: log2(64).</summary>
    public const double BitsPerSymbol = 6.0;

    /// <summary><c>F(s)</c>: one typed fact per host, service, deny entry, link and flow, plus clock and exit
    /// (the definition; <see cref="FactCount"/> and <see cref="Divergence"/> count it without building it).</summary>
    public static HashSet<string> Facts(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (host, record) in state.Hosts)
        {
            facts.Add($"up|{host}|{record.Up}");
            foreach (int port in record.Services)
            {
                facts.Add(string.Create(CultureInfo.InvariantCulture, $"svc|{host}|{port}"));
            }
            foreach (string source in record.FwDeny)
            {
                facts.Add($"fw|{host}|{source}");
            }
        }
        foreach (LinkKey link in state.Links)
        {
            facts.Add($"link|{link.A}|{link.B}");
        }
        foreach (Flow flow in state.Flows)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"flow|{flow.Src}|{flow.Dst}|{flow.Port}"));
        }
        facts.Add(string.Create(CultureInfo.InvariantCulture, $"clock|{state.Clock}"));
        facts.Add(string.Create(CultureInfo.InvariantCulture, $"exit|{state.LastExit}"));
        return facts;
    }

    /// <summary><c>|F(s)| = |hosts| + Σ|services| + Σ|fw_deny| + |links| + |flows| + 2</c>, counted without building the set.</summary>
    public static int FactCount(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        int count = state.Hosts.Count + state.Links.Count + state.Flows.Count + 2;
        foreach (HostRecord record in state.Hosts.Values)
        {
            count += record.Services.Count + record.FwDeny.Count;
        }
        return count;
    }

    /// <summary><c>d(a, b) = |F(a) △ F(b)| / (|F(a)| + |F(b)|)</c>, one binary64 division. The symmetric
    /// difference is counted structurally (equal to <see cref="Facts"/>' sets, without building them):
    /// a host in both contributes 2 when its up-ness differs plus its services' and deny entries'
    /// differences; a host in one only contributes its up fact, services and deny entries; the clock
    /// and the exit code contribute 2 each when they differ.</summary>
    public static double Divergence(NetworkState a, NetworkState b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int difference = SymmetricDifference(a.Links, b.Links) + SymmetricDifference(a.Flows, b.Flows)
            + (a.Clock != b.Clock ? 2 : 0) + (a.LastExit != b.LastExit ? 2 : 0);
        if (!ReferenceEquals(a.Hosts, b.Hosts))
        {
            foreach (var (host, record) in a.Hosts)
            {
                difference += !b.Hosts.TryGetValue(host, out HostRecord? other) ? 1 + record.Services.Count + record.FwDeny.Count
                    : ReferenceEquals(record, other) ? 0
                    : (record.Up != other.Up ? 2 : 0) + SymmetricDifference(record.Services, other.Services) + SymmetricDifference(record.FwDeny, other.FwDeny);
            }
            foreach (var (host, record) in b.Hosts)
            {
                difference += a.Hosts.ContainsKey(host) ? 0 : 1 + record.Services.Count + record.FwDeny.Count;
            }
        }
        return (double)difference / (FactCount(a) + FactCount(b));
    }

    /// <summary>|A △ B| of two sets sorted by the same comparer, by one merge walk.</summary>
    private static int SymmetricDifference<T>(System.Collections.Immutable.ImmutableSortedSet<T> a, System.Collections.Immutable.ImmutableSortedSet<T> b)
    {
        if (ReferenceEquals(a, b) || (a.Count == 0 && b.Count == 0))
        {
            return 0;
        }
        int common = 0;
        using var left = a.GetEnumerator();
        using var right = b.GetEnumerator();
        bool hasLeft = left.MoveNext();
        bool hasRight = right.MoveNext();
        while (hasLeft && hasRight)
        {
            int order = a.KeyComparer.Compare(left.Current, right.Current);
            if (order == 0)
            {
                common++;
                hasLeft = left.MoveNext();
                hasRight = right.MoveNext();
            }
            else if (order < 0)
            {
                hasLeft = left.MoveNext();
            }
            else
            {
                hasRight = right.MoveNext();
            }
        }
        return a.Count + b.Count - 2 * common;
    }

    /// <summary><c>RF(a, b)</c>: the share of reachability keys (either matrix, missing = false) on which they agree.</summary>
    public static double ReachabilityFaithfulness(NetworkState a, NetworkState b)
    {
        (int keys, int disagreements) = CompareReachability(a, b);
        return keys == 0 ? 1.0 : (double)(keys - disagreements) / keys;
    }

    /// <summary>Reachability bits-to-correct: the keys on which the two matrices disagree (missing = false).</summary>
    public static int ReachabilityBitsToCorrect(NetworkState a, NetworkState b) => CompareReachability(a, b).Disagreements;

    /// <summary>Symbols needed to turn the predicted delta into the true one, as multisets (order irrelevant).</summary>
    public static int CorrectionSymbols(IReadOnlyList<NetEdit> predicted, IReadOnlyList<NetEdit> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var counts = new Dictionary<NetEdit, int>();
        foreach (NetEdit edit in predicted)
        {
            counts[edit] = counts.GetValueOrDefault(edit) + 1;
        }
        foreach (NetEdit edit in truth)
        {
            counts[edit] = counts.GetValueOrDefault(edit) - 1;
        }
        return counts.Sum(entry => Math.Abs(entry.Value) * entry.Key.Symbols);
    }

    /// <summary><c>bits_to_correct = correction_symbols × 6.0</c>.</summary>
    public static double BitsToCorrect(IReadOnlyList<NetEdit> predicted, IReadOnlyList<NetEdit> truth) =>
        CorrectionSymbols(predicted, truth) * BitsPerSymbol;

    /// <summary>True when no correction is needed.</summary>
    public static bool DeltaExact(IReadOnlyList<NetEdit> predicted, IReadOnlyList<NetEdit> truth) => CorrectionSymbols(predicted, truth) == 0;

    /// <summary><c>H_eps</c>: the first step whose divergence exceeds <paramref name="epsilon"/> (strictly), or the length.</summary>
    public static int FaithfulHorizon(IReadOnlyList<double> divergences, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(divergences);
        for (int t = 0; t < divergences.Count; t++)
        {
            if (divergences[t] > epsilon)
            {
                return t;
            }
        }
        return divergences.Count;
    }

    private static (int Keys, int Disagreements) CompareReachability(NetworkState a, NetworkState b)
    {
        SortedDictionary<Flow, bool> ra = Reachability.Matrix(a);
        SortedDictionary<Flow, bool> rb = Reachability.Matrix(b);
        var keys = new SortedSet<Flow>(ra.Keys);
        keys.UnionWith(rb.Keys);
        int disagreements = keys.Count(key => ra.GetValueOrDefault(key) != rb.GetValueOrDefault(key));
        return (keys.Count, disagreements);
    }
}
