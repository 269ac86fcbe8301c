using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The overlay surface: the exchange and nothing else.</summary>
public interface IExchangeOverlay
{
    /// <summary>The exchange contract: admit <paramref name="fact"/>, commit it, then search <paramref name="query"/>.</summary>
    Task<ActionOutcome> ExchangeAsync(Fact fact, string query);
}

