using System.Globalization;
using System.Text;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>The private-commerce world's four joint validators, each spanning two layers and computed
/// from the trace alone (and, for opacity, the bids' declared plaintexts). Each fails, saying so, when
/// the evidence it needs is missing: a validator never passes an empty trace.</summary>
public static class CommerceValidators
{
    /// <summary>The trust threshold: every honest seller scores above it, a severed shill below.</summary>
    public const double Threshold = 0.3;

    /// <summary>Registry x privacy.</summary>
    public const string DiscoveryPrecedesBid = "discovery-precedes-bid";

    /// <summary>Privacy x transport.</summary>
    public const string BidOpacity = "bid-opacity";

    /// <summary>Payments x trust: the adversary is punished.</summary>
    public const string UndeliveredPenalized = "undelivered-penalized";

    /// <summary>Payments x trust: honesty is rewarded.</summary>
    public const string DeliveryRewarded = "delivery-rewarded";

    /// <summary>The four names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [DiscoveryPrecedesBid, BidOpacity, UndeliveredPenalized, DeliveryRewarded];

    /// <summary>All four, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<ValidatorResult> Run(IReadOnlyList<CommerceEvent> trace, IReadOnlyDictionary<string, string> declared) =>
        [CheckDiscoveryPrecedesBid(trace), CheckBidOpacity(trace, declared), CheckUndeliveredPenalized(trace), CheckDeliveryRewarded(trace)];

    /// <summary>Every bid a buyer sent went to a seller that buyer had discovered through the registry before.</summary>
    public static ValidatorResult CheckDiscoveryPrecedesBid(IReadOnlyList<CommerceEvent> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var discovered = new HashSet<(string, string)>();
        int bids = 0;
        foreach (CommerceEvent entry in trace)
        {
            if (entry.Kind == CommerceEvents.Discovered)
            {
                discovered.Add((entry.Agent, entry.Peer));
            }
            else if (entry.Kind == CommerceEvents.BidSent)
            {
                bids++;
                if (!discovered.Contains((entry.Agent, entry.Peer)))
                {
                    return Fail(DiscoveryPrecedesBid, $"{entry.Agent} bid to {entry.Peer} ({entry.Ref}) before discovering it");
                }
            }
        }
        return bids == 0 ? Missing(DiscoveryPrecedesBid, "no bid was sent")
            : Pass(DiscoveryPrecedesBid, $"each of {bids} bids followed its buyer's discovery of its seller");
    }

    /// <summary>No declared bid plaintext appears in any bid's wire bytes, sent or received (a bid lost on
    /// the way was recorded as sent).</summary>
    public static ValidatorResult CheckBidOpacity(IReadOnlyList<CommerceEvent> trace, IReadOnlyDictionary<string, string> declared)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(declared);
        CommerceEvent[] wire = [.. trace.Where(entry => entry.Kind is CommerceEvents.BidSent or CommerceEvents.BidReceived)];
        if (declared.Count == 0 || wire.Length == 0)
        {
            return Missing(BidOpacity, $"{declared.Count} declared plaintexts, {wire.Length} bid messages on the wire");
        }
        (string Reference, byte[] Bytes)[] plaintexts = [.. declared.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, Encoding.UTF8.GetBytes(pair.Value)))];
        foreach (CommerceEvent entry in wire)
        {
            byte[]? bytes = Decode(entry.Data);
            if (bytes is null)
            {
                return Fail(BidOpacity, $"{entry.Kind} {entry.Ref}: the wire bytes are not base64");
            }
            foreach ((string reference, byte[] plaintext) in plaintexts)
            {
                if (bytes.AsSpan().IndexOf(plaintext) >= 0)
                {
                    return Fail(BidOpacity, $"{entry.Kind} by {entry.Agent} carries the plaintext of {reference} in the clear");
                }
            }
        }
        return Pass(BidOpacity, $"none of {declared.Count} plaintexts in {wire.Length} bid messages");
    }

    /// <summary>Every seller whose stream drained with nothing delivered ends below the threshold.</summary>
    public static ValidatorResult CheckUndeliveredPenalized(IReadOnlyList<CommerceEvent> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var fulfilled = trace.Where(entry => entry.Kind == CommerceEvents.Fulfilled).Select(entry => entry.Ref).ToHashSet(StringComparer.Ordinal);
        string[] offenders = [.. trace.Where(entry => entry.Kind == CommerceEvents.StreamDrained && !fulfilled.Contains(entry.Ref))
            .Select(entry => entry.Peer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (offenders.Length == 0)
        {
            return Missing(UndeliveredPenalized, "the adversary never fired (no stream drained undelivered)");
        }
        IReadOnlyDictionary<string, double> scores = Scores(trace);
        foreach (string seller in offenders)
        {
            if (!scores.TryGetValue(seller, out double score))
            {
                return Missing(UndeliveredPenalized, $"{seller} drained a stream undelivered and was never scored");
            }
            if (score >= Threshold)
            {
                return Fail(UndeliveredPenalized, string.Create(CultureInfo.InvariantCulture, $"{seller} drained a stream undelivered and scores {score:0.###}, not below {Threshold}"));
            }
        }
        return Pass(UndeliveredPenalized, string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(", ", offenders.Select(seller => $"{seller} {scores[seller]:0.###}"))}: below {Threshold}"));
    }

    /// <summary>Every delivery was backed by a stream its buyer opened to that seller before, and every
    /// seller that delivered scores above the threshold.</summary>
    public static ValidatorResult CheckDeliveryRewarded(IReadOnlyList<CommerceEvent> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var streams = new HashSet<(string Ref, string Buyer, string Seller)>();
        var sellers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (CommerceEvent entry in trace)
        {
            if (entry.Kind == CommerceEvents.StreamOpened)
            {
                streams.Add((entry.Ref, entry.Agent, entry.Peer));
            }
            else if (entry.Kind == CommerceEvents.Fulfilled)
            {
                if (!streams.Contains((entry.Ref, entry.Peer, entry.Agent)))
                {
                    return Fail(DeliveryRewarded, $"{entry.Agent} delivered {entry.Ref} to {entry.Peer} with no stream opened to it");
                }
                sellers.Add(entry.Agent);
            }
        }
        if (sellers.Count == 0)
        {
            return Missing(DeliveryRewarded, "nothing was delivered");
        }
        IReadOnlyDictionary<string, double> scores = Scores(trace);
        foreach (string seller in sellers)
        {
            if (!scores.TryGetValue(seller, out double score) || score <= Threshold)
            {
                return scores.ContainsKey(seller)
                    ? Fail(DeliveryRewarded, string.Create(CultureInfo.InvariantCulture, $"{seller} delivered and scores {score:0.###}, not above {Threshold}"))
                    : Missing(DeliveryRewarded, $"{seller} delivered and was never scored");
            }
        }
        return Pass(DeliveryRewarded, string.Create(CultureInfo.InvariantCulture,
            $"{sellers.Count} sellers delivered, each on a stream, lowest score {sellers.Min(seller => scores[seller]):0.###}"));
    }

    /// <summary>The auditor's last score of each seller; a score that does not parse is left out.</summary>
    private static Dictionary<string, double> Scores(IReadOnlyList<CommerceEvent> trace)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (CommerceEvent entry in trace.Where(entry => entry.Kind == CommerceEvents.Score))
        {
            if (double.TryParse(entry.Data, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) && double.IsFinite(score))
            {
                scores[entry.Peer] = score;
            }
        }
        return scores;
    }

    private static byte[]? Decode(string base64)
    {
        byte[] buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out int written) ? buffer[..written] : null;
    }

    private static ValidatorResult Pass(string name, string detail) => new(name, true, false, detail);

    private static ValidatorResult Fail(string name, string detail) => new(name, false, false, detail);

    private static ValidatorResult Missing(string name, string detail) => new(name, false, true, "evidence is missing: " + detail);
}
