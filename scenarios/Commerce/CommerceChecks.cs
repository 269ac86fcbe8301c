using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>The attacks' own checks of a private-commerce run, after the four joint validators; each
/// says the run proved nothing when the attack left no trace of acting.</summary>
public static class CommerceChecks
{
    /// <summary>The ring's receipts reached the auditor (the validators judge the shill's score).</summary>
    public static Finding? RingSevered(CommerceRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Events.Any(entry => entry.Kind == CommerceEvents.ReceiptFiled && (entry.Peer == CommerceWorld.SecondPartner || entry.Data == CommerceWorld.SecondPartner))
            ? null
            : Finding.Missing("no receipt of the third wash partner reached the auditor");
    }

    /// <summary>The shill forged something, and the auditor counted none of it.</summary>
    public static Finding? NoForgeryCounted(CommerceRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var forged = run.Events.Where(entry => entry.Kind == CommerceEvents.Forged).Select(entry => entry.Ref).ToHashSet(StringComparer.Ordinal);
        if (forged.Count == 0)
        {
            return Finding.Missing("the shill forged nothing");
        }
        return run.Events.FirstOrDefault(entry => entry.Kind is CommerceEvents.ReceiptFiled or CommerceEvents.NonDelivery && forged.Contains(entry.Ref)) is CommerceEvent counted
            ? Finding.Failed($"the auditor counted the forged {counted.Kind} {counted.Ref} against {counted.Peer}")
            : null;
    }

    /// <summary>The eavesdropper saw bids on the wire and read none of them.</summary>
    public static Finding? NothingOverheard(CommerceRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int tapped = run.Events.Count(entry => entry.Kind == CommerceEvents.BidTapped);
        if (tapped == 0)
        {
            return Finding.Missing("the eavesdropper saw no bid");
        }
        return run.Events.FirstOrDefault(entry => entry.Kind == CommerceEvents.BidRead) is CommerceEvent read
            ? Finding.Failed($"the eavesdropper read {read.Ref} on its way to {read.Peer} (of {tapped} bids seen)")
            : null;
    }

    /// <summary>The freeloader bid without paying, and nothing was delivered to it.</summary>
    public static Finding? NothingDeliveredUnpaid(CommerceRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Events.Any(entry => entry.Kind == CommerceEvents.BidSent && entry.Agent == CommerceWorld.Freeloader))
        {
            return Finding.Missing("the freeloader sent no bid");
        }
        return run.Events.FirstOrDefault(entry => entry.Kind == CommerceEvents.Fulfilled && entry.Peer == CommerceWorld.Freeloader) is CommerceEvent delivered
            ? Finding.Failed($"{delivered.Agent} delivered the freeloader's unpaid bid")
            : null;
    }
}
