namespace Nexus.Worlds.Commerce;

/// <summary>The kinds of <see cref="CommerceEvent"/>, as the trace writes them.</summary>
public static class CommerceEvents
{
    /// <summary>A buyer's registry view first holds a selling agent's card (Peer: the seller).</summary>
    public const string Discovered = "discovered";

    /// <summary>A buyer sent a bid (Data: the wire bytes, base64).</summary>
    public const string BidSent = "bid.sent";

    /// <summary>A seller received a bid (Data: the wire bytes, base64).</summary>
    public const string BidReceived = "bid.received";

    /// <summary>A buyer opened a payment stream to a seller (Data: rate per tick / maximum total).</summary>
    public const string StreamOpened = "stream.open";

    /// <summary>A buyer closed its stream on delivery (Data: what it paid).</summary>
    public const string StreamClosed = "stream.close";

    /// <summary>A stream paid its maximum with nothing delivered (Data: what it paid).</summary>
    public const string StreamDrained = "stream.drained";

    /// <summary>A seller delivered what a bid asked for.</summary>
    public const string Fulfilled = "fulfilled";

    /// <summary>The auditor's ledger took a filed receipt (Peer: the seller; Ref: its id; Data: who filed it).</summary>
    public const string ReceiptTaken = "receipt.taken";

    /// <summary>The auditor counted a receipt (Agent: the auditor; Peer: the seller; Data: the buyer).</summary>
    public const string ReceiptFiled = "receipt";

    /// <summary>The auditor took a non-delivery report (Peer: the seller; Data: the buyer).</summary>
    public const string NonDelivery = "nondelivery";

    /// <summary>The auditor's final score of a seller (Data: the score, invariant "R" format).</summary>
    public const string Score = "score";

    /// <summary>The shill sent a receipt or report with a forged signature (Peer: whom it names; Ref: its id).</summary>
    public const string Forged = "forged";

    /// <summary>The eavesdropper saw a bid on the wire (Data: the wire bytes, base64).</summary>
    public const string BidTapped = "bid.tapped";

    /// <summary>The eavesdropper read a bid's plaintext.</summary>
    public const string BidRead = "bid.read";

}
