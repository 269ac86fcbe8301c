namespace Nexus.Worlds.Commerce;

/// <summary>What the adversary does beyond the seed's (the shill draining a stream undelivered and
/// wash-trading with its partner, which every run has, so the penalty always has an offender to judge).</summary>
public enum CommerceAttack
{
    /// <summary>Only the seed's adversary.</summary>
    None,

    /// <summary>A second wash partner (<c>shill-1</c>): the shill and its two partners co-sign in a ring of three.</summary>
    WashRingOfThree,

    /// <summary>The shill files two receipts that would join it to the honest anchor (an honest seller
    /// buying from it, it buying from another), forging the honest sellers' signatures.</summary>
    ForgedReceipt,

    /// <summary>The shill files a non-delivery report against an honest seller, forging its buyer's signature.</summary>
    ForgedNonDelivery,

    /// <summary>A passive eavesdropper (<c>eavesdropper-0</c>) sees every bid on the wire to a seller and tries to open it.</summary>
    Eavesdropper,

    /// <summary>A freeloading buyer (<c>freeloader-0</c>) bids to the first seller without opening a payment stream.</summary>
    UnpaidBid,
}
