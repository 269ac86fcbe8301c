using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The trait surface: what an in-process agent may call on the orchestration. Every
/// operation commits or is refused; none reads Facts except the exchange, which returns results only
/// after the caller's Fact is committed.</summary>
public interface IBlackboardApi
{
    /// <summary>The exchange contract: admit <paramref name="fact"/>, commit it, then search <paramref name="query"/>.</summary>
    Task<ActionOutcome> ExchangeAsync(Fact fact, string query);

    /// <summary>Submits an Intent.</summary>
    Task<ActionOutcome> SubmitIntentAsync(Intent intent);

    /// <summary>Claims an Intent for <paramref name="agent"/>.</summary>
    Task<ActionOutcome> ClaimAsync(string agent, string intentId);

    /// <summary>Refreshes the owner's heartbeat.</summary>
    Task<ActionOutcome> HeartbeatAsync(string agent, string intentId);

    /// <summary>The owner releases the Intent.</summary>
    Task<ActionOutcome> ReleaseAsync(string agent, string intentId);

    /// <summary>The owner concludes the Intent, signing the conclusion with <paramref name="identity"/>.</summary>
    Task<ActionOutcome> ConcludeAsync(AgentIdentity identity, string intentId, string result);

    /// <summary>Adds a governance Hint.</summary>
    Task<ActionOutcome> AddHintAsync(Hint hint);
}
