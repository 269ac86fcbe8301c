using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>The metrics of docs/network-world.md, Metrics: the fact set, divergence, reachability faithfulness,
/// bits-to-correct and delta-exactness, and the faithful horizon.</summary>
public static class NetworkMetrics
{
    /// <summary>Bits per correction symbol: log2(64).</summary>
    public const double BitsPerSymbol = 6.0;

    /// <summary><c>|F(s)| = |hosts| + Σ|services| + Σ|fw_deny| + |links| + |flows| + 2</c>, counted without building the set.</summary>
    public static int FactCount(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.FactCount;
    }

    /// <summary><c>d(a, b) = |F(a) △ F(b)| / (|F(a)| + |F(b)|)</c>, one binary64 division; the symmetric
    /// difference is counted structurally (<see cref="NetworkState.FactDifference"/>), equal to the
    /// definition over <see cref="NetworkState.Facts"/> without building the sets.</summary>
    public static double Divergence(NetworkState a, NetworkState b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (double)a.FactDifference(b) / (a.FactCount + b.FactCount);
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
