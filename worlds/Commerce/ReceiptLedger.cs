namespace Nexus.Worlds.Commerce;

/// <summary>The auditor's ledger: checks and records a receipt id in one step, so no interleaving can
/// take one twice.</summary>
public sealed class ReceiptLedger : IReceiptLedger
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> TryTakeAsync(string id) => ValueTask.FromResult(_taken.Add(id));
}
