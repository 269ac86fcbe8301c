namespace Nexus.Worlds.Commerce;

/// <summary>A streaming payment from a buyer to a seller: it pays its rate each tick until the buyer
/// closes it (on delivery) or it has paid its maximum (drained).</summary>
public sealed class PaymentStream(string reference, string buyer, string seller, int rate, int max)
{
    /// <summary>The bid it pays for.</summary>
    public string Ref { get; } = reference;

    /// <summary>Who pays.</summary>
    public string Buyer { get; } = buyer;

    /// <summary>Who is paid.</summary>
    public string Seller { get; } = seller;

    /// <summary>Paid so far.</summary>
    public int Paid { get; private set; }

    /// <summary>True once closed on delivery.</summary>
    public bool Closed { get; private set; }

    /// <summary>True once it has paid its maximum without being closed.</summary>
    public bool Drained => !Closed && Paid >= max;

    /// <summary>Pays one tick's rate (no more than the maximum); false once closed or drained.</summary>
    public bool Tick()
    {
        if (Closed || Drained)
        {
            return false;
        }
        Paid = Math.Min(max, Paid + rate);
        return true;
    }

    /// <summary>Closes it: it pays nothing more.</summary>
    public void Close() => Closed = true;
}
