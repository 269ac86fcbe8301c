using System.Globalization;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>The metrics of spec section 8: the fact set, divergence, reachability faithfulness,
/// bits-to-correct and delta-exactness, and the faithful horizon.</summary>
public static class NetworkMetrics
{
    /// <summary>Bits per correction symbol: log2(64).</summary>
    public const double BitsPerSymbol = 6.0;

    /// <summary><c>F(s)</c>: one typed fact per host, service, deny entry, link and flow, plus clock and exit.</summary>
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

    /// <summary><c>d(a, b) = |F(a) △ F(b)| / (|F(a)| + |F(b)|)</c>, one binary64 division.</summary>
    public static double Divergence(NetworkState a, NetworkState b)
    {
        HashSet<string> fa = Facts(a);
        HashSet<string> fb = Facts(b);
        int denominator = fa.Count + fb.Count;
        var difference = new HashSet<string>(fa, StringComparer.Ordinal);
        difference.SymmetricExceptWith(fb);
        return denominator == 0 ? 0.0 : (double)difference.Count / denominator;
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
