namespace Nexus.Worlds.Commerce;

/// <summary>What an agent of the private-commerce world is. The shill advertises itself as a seller,
/// so its card cannot tell it from an honest one.</summary>
public enum CommerceRole
{
    /// <summary>Discovers sellers, opens a payment stream to one, sends it a sealed bid.</summary>
    Buyer,

    /// <summary>Opens a bid, delivers, signs a receipt; settles with the next seller of the cycle.</summary>
    Seller,

    /// <summary>Looks like a seller, opens the bid, lets the stream drain and never delivers.</summary>
    Shill,

    /// <summary>The shill's partner: co-signs fake purchase receipts with it (wash trading).</summary>
    WashPartner,

    /// <summary>Ingests receipts and non-delivery reports and scores every seller.</summary>
    Auditor,

    /// <summary>Sees every bid on the wire to a seller and tries to open it (<see cref="CommerceAttack.Eavesdropper"/>).</summary>
    Eavesdropper,

    /// <summary>Bids without paying (<see cref="CommerceAttack.UnpaidBid"/>).</summary>
    Freeloader,
}
