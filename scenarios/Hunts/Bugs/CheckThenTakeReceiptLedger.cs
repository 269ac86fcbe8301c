using Nexus.Engine.Runtime;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>Seeded bug: the auditor's ledger checks that a receipt id is new, yields, then records it, so
/// two filings of one receipt ingested at once are both taken.</summary>
public sealed class CheckThenTakeReceiptLedger(ISimRuntime runtime) : IReceiptLedger
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<bool> TryTakeAsync(string id)
    {
        if (_taken.Contains(id))
        {
            return false;
        }
        await runtime.Yield();
        _taken.Add(id);
        return true;
    }
}
