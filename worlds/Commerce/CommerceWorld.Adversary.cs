using System.Globalization;
using Nexus.Engine.Messaging;

namespace Nexus.Worlds.Commerce;

/// <summary>The adversary's moves: the shill's wash trades and forgeries, and the eavesdropper's tap.</summary>
public sealed partial class CommerceWorld
{
    /// <summary>The shill co-signs a fake purchase from its partner (or, in the ring of three, from the
    /// second partner), and forges what its attack forges.</summary>
    private async Task ShillAsync(Agent shill)
    {
        await WashTradeAsync(shill, _options.Attack == CommerceAttack.WashRingOfThree ? SecondPartner : WashPartner, 1);
        NodeId auditor = _agents[Auditor].Node;
        if (_options.Attack == CommerceAttack.ForgedReceipt)
        {
            // An anchored seller buying from the shill, and the shill buying from another: every signature
            // is made with the shill's own key, so the honest sellers' are forged.
            Receipt[] forgeries =
            [
                Receipt.Unsigned(shill.Name + "/forged-in", Anchor, shill.Name, 5),
                Receipt.Unsigned(shill.Name + "/forged-out", shill.Name, "seller-1", 5),
            ];
            foreach (Receipt forged in forgeries.Select(receipt => receipt with { BuyerSignature = shill.Keys.Sign(receipt.Body()), SellerSignature = shill.Keys.Sign(receipt.Body()) }))
            {
                Record(CommerceEvents.Forged, shill.Name, forged.Buyer == shill.Name ? forged.Seller : forged.Buyer, forged.Id, "receipt");
                SendReliably(shill.Node, auditor, new FiledReceipt(forged, shill.Name));
            }
        }
        else if (_options.Attack == CommerceAttack.ForgedNonDelivery)
        {
            string reference = shill.Name + "/forged-report";
            Record(CommerceEvents.Forged, shill.Name, Anchor, reference, "nondelivery");
            SendReliably(shill.Node, auditor,
                new NonDeliveryReport(reference, "buyer-0", Anchor, shill.Keys.Sign(NonDeliveryBody(reference, "buyer-0", Anchor))));
        }
    }

    /// <summary>Fake purchases from <paramref name="seller"/>, signed as its buyer, for it to countersign and file.</summary>
    private async Task WashTradeAsync(Agent buyer, string seller, int count)
    {
        await _runtime.Delay(_options.Tick);
        for (int i = 0; i < count; i++)
        {
            Receipt half = Receipt.Unsigned(string.Create(CultureInfo.InvariantCulture, $"{buyer.Name}/wash-{i}"), buyer.Name, seller, 5).SignedBy(buyer.Keys);
            SendReliably(buyer.Node, _agents[seller].Node, new Countersign(half));
        }
    }


    /// <summary>The eavesdropper, where there is one, sees the bid <paramref name="receiver"/> got and tries to open it.</summary>
    private void Tap(Agent receiver, Bid bid)
    {
        if (_agents.GetValueOrDefault(Eavesdropper) is Agent tap)
        {
            Record(CommerceEvents.BidTapped, tap.Name, receiver.Name, bid.Ref, Convert.ToBase64String(bid.Wire));
            if (BidSealing.Open(_options.Privacy, bid.Wire, tap.Keys) is not null)
            {
                Record(CommerceEvents.BidRead, tap.Name, receiver.Name, bid.Ref, "");
            }
        }
    }
}
