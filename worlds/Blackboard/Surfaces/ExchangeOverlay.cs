using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The overlay over a blackboard: its exchange, and no other operation.</summary>
public sealed class ExchangeOverlay(IBlackboardApi blackboard) : IExchangeOverlay
{
    /// <inheritdoc />
    public Task<ActionOutcome> ExchangeAsync(Fact fact, string query) => blackboard.ExchangeAsync(fact, query);
}
