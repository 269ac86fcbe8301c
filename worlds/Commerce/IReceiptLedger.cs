namespace Nexus.Worlds.Commerce;

/// <summary>The auditor's record of which receipts it has taken. A buyer files each receipt more than
/// once (at least once: the auditor acknowledges nothing), and the auditor ingests filings concurrently,
/// so the ledger must take each receipt id once however the filings interleave.</summary>
public interface IReceiptLedger
{
    /// <summary>Takes receipt <paramref name="id"/>: true the first time, false ever after.</summary>
    ValueTask<bool> TryTakeAsync(string id);
}
