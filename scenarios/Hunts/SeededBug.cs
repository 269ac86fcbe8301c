using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Commerce;
using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Hunts;

/// <summary>A bug planted in the orchestration as a component, never as a branch in production code:
/// the store client the workers (or sessions) go through (<paramref name="Stores"/>), the rules the
/// workers decide by (<paramref name="Rules"/>), the scheduler that ticks (<paramref name="Scheduler"/>),
/// or a component of the private-commerce world (its buyers' pairing, its auditor's ledger: <paramref name="Commerce"/>).</summary>
public sealed record SeededBug(string Name, string Description, Func<ISimRuntime, StoreSet, StoreSet>? Stores = null, IBlackboardRules? Rules = null,
    Func<ISimRuntime, BlackboardService, SimTime, Task>? Scheduler = null, Func<CommerceOptions, CommerceOptions>? Commerce = null)
{
    /// <summary><paramref name="stores"/> as the bug's store client sees them.</summary>
    public StoreSet Shape(ISimRuntime runtime, StoreSet stores) => Stores is null ? stores : Stores(runtime, stores);

    /// <inheritdoc />
    public override string ToString() => Name;
}
