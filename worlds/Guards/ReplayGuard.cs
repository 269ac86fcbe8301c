using Nexus.Engine.Runtime;

namespace Nexus.Worlds.Guards;

/// <summary>Admits each id at most once, across concurrent callers. Recording an admitted id is an
/// asynchronous write (a store round trip), which is where a check-then-act race can slip in.
/// Written only against <see cref="ISimRuntime"/>, so it runs on virtual time and under Coyote.</summary>
public sealed class ReplayGuard(ISimRuntime runtime, ReplayGuardVariant variant = ReplayGuardVariant.Atomic)
{
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);

    /// <summary>Ids whose admission has been written.</summary>
    public int RecordedCount => _recorded.Count;

    /// <summary>True the first time <paramref name="id"/> is offered; false for every replay.</summary>
    public async Task<bool> TryAdmitAsync(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (variant == ReplayGuardVariant.CheckThenWrite)
        {
            if (_recorded.Contains(id))
            {
                return false;
            }
            await runtime.Yield();
            _recorded.Add(id);
            return true;
        }
        if (!_claimed.Add(id))
        {
            return false;
        }
        await runtime.Yield();
        _recorded.Add(id);
        return true;
    }
}
