using System.Globalization;
using System.Text;

namespace Nexus.Worlds.Commerce;

/// <summary>A purchase receipt, cross-signed: buyer and seller each sign its body with their Ed25519
/// keys. The auditor counts it only when both signatures verify against the cards in its own
/// registry view.</summary>
public sealed record Receipt(string Id, string Buyer, string Seller, int Amount, byte[] BuyerSignature, byte[] SellerSignature)
{
    /// <summary>A receipt nobody has signed yet.</summary>
    public static Receipt Unsigned(string id, string buyer, string seller, int amount) => new(id, buyer, seller, amount, [], []);

    /// <summary>What both sign.</summary>
    public byte[] Body() => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"receipt|{Id}|{Buyer}|{Seller}|{Amount}"));

    /// <summary>This receipt with the signature of <paramref name="party"/>, its buyer or its seller.</summary>
    public Receipt SignedBy(CommerceKeys party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party.Card.Name == Buyer ? this with { BuyerSignature = party.Sign(Body()) }
            : party.Card.Name == Seller ? this with { SellerSignature = party.Sign(Body()) }
            : throw new ArgumentException($"{party.Card.Name} is neither the buyer nor the seller of receipt {Id}", nameof(party));
    }

    /// <summary>True when both signatures verify against <paramref name="buyer"/>'s and <paramref name="seller"/>'s cards.</summary>
    public bool Verifies(AgentCard buyer, AgentCard seller)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(seller);
        byte[] body = Body();
        return buyer.Name == Buyer && seller.Name == Seller && CommerceKeys.Verify(buyer, body, BuyerSignature) && CommerceKeys.Verify(seller, body, SellerSignature);
    }
}
