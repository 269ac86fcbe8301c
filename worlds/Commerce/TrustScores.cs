namespace Nexus.Worlds.Commerce;

/// <summary>The auditor's scores (<see cref="TrustModel"/>). Under <see cref="TrustModel.AgentReceipts"/>
/// an honest seller with one counted receipt scores 1 - exp(-1/2) = 0.39, with two 0.63; a shill whose
/// receipts all come from its wash partner lies outside the anchor's component and scores 0. Under
/// <see cref="TrustModel.ScoreAverage"/> the shill with four wash receipts and one non-delivery report
/// scores (0.5 + 4) / 6 = 0.75, above the neutral prior 0.5. The scenario's threshold, 0.3, lies below
/// every honest score and the prior and above the severed shill's.</summary>
public static class TrustScores
{
    /// <summary>Weight of one counted receipt in the exponent's numerator: 1 - exp(-k · 5 / 10).</summary>
    public const double ReceiptWeight = 5;

    /// <summary>The exponent's scale.</summary>
    public const double Scale = 10;

    /// <summary>What one non-delivery report takes off an anchored seller's score.</summary>
    public const double NonDeliveryPenalty = 0.5;

    /// <summary>The neutral prior of the average, counted as one rating.</summary>
    public const double NeutralPrior = 0.5;

    /// <summary>Every seller's score (a seller: any agent a receipt or a non-delivery report names as one), by name.</summary>
    public static SortedDictionary<string, double> Compute(TrustModel model, IReadOnlyList<Receipt> receipts, IReadOnlyList<string> nonDeliveryBySeller, string anchor)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(nonDeliveryBySeller);
        var sellers = new SortedSet<string>(receipts.Select(receipt => receipt.Seller).Concat(nonDeliveryBySeller), StringComparer.Ordinal);
        var scores = new SortedDictionary<string, double>(StringComparer.Ordinal);
        HashSet<string> anchored = model == TrustModel.AgentReceipts ? ComponentOf(anchor, receipts) : [];
        foreach (string seller in sellers)
        {
            int good = receipts.Count(receipt => receipt.Seller == seller);
            int bad = nonDeliveryBySeller.Count(name => name == seller);
            scores[seller] = model switch
            {
                TrustModel.AgentReceipts => anchored.Contains(seller)
                    ? Math.Max(0, 1 - Math.Exp(-good * ReceiptWeight / Scale) - bad * NonDeliveryPenalty)
                    : 0,
                TrustModel.ScoreAverage => (NeutralPrior + good) / (1 + good + bad),
                _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown trust model"),
            };
        }
        return scores;
    }

    /// <summary>The strongly connected component of <paramref name="anchor"/> in the receipts graph
    /// (an edge buyer -> seller per receipt): the agents it reaches that also reach it.</summary>
    public static HashSet<string> ComponentOf(string anchor, IReadOnlyList<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        HashSet<string> forward = Reach(anchor, receipts, receipt => (receipt.Buyer, receipt.Seller));
        HashSet<string> backward = Reach(anchor, receipts, receipt => (receipt.Seller, receipt.Buyer));
        forward.IntersectWith(backward);
        return forward;
    }

    private static HashSet<string> Reach(string start, IReadOnlyList<Receipt> receipts, Func<Receipt, (string From, string To)> edge)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out string? node))
        {
            foreach (Receipt receipt in receipts)
            {
                (string from, string to) = edge(receipt);
                if (from == node && seen.Add(to))
                {
                    pending.Push(to);
                }
            }
        }
        return seen;
    }
}
