namespace Nexus.Worlds.Commerce;

/// <summary>How the auditor turns receipts and non-delivery reports into scores in [0, 1].</summary>
public enum TrustModel
{
    /// <summary>Receipts graph with collusion severance: a receipt counts only when its seller lies in the
    /// strongly connected component of the honest anchor (the sellers' settlement cycle). A seller's score
    /// is 1 - exp(-k / 2) for k counted receipts, less 0.5 per non-delivery report, never below 0.</summary>
    AgentReceipts,

    /// <summary>The mean of every rating a seller got (1 per receipt, 0 per non-delivery report) with a
    /// neutral prior of 0.5 counted as one rating (the one-line swap that shows the penalty rests on severance).</summary>
    ScoreAverage,
}
