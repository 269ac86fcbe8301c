using System.Text.Json;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>What <c>nexus attack</c> runs for a world beyond its cells and weaker foundations (units of
/// its own, sharded like the cells), and what it writes beside the core's outputs from them and from the
/// cells. The exchange contract's are the spam threshold search, the game checks and its Hints
/// (<c>Attacks/ExchangeExtras</c>); a world with none uses <see cref="NoExtras"/>.</summary>
public interface ICampaignExtras
{
    /// <summary>How many units of its own the world runs, after the cells and before the gap report's.</summary>
    int Units { get; }

    /// <summary>Runs unit <paramref name="unit"/> of the world's own; its result as JSON.</summary>
    JsonElement RunUnit(int unit);

    /// <summary>Writes the world's own outputs into <paramref name="directory"/> from its units' results, in
    /// unit order, and the matrix's cells; returns what the core adds to its own outputs.</summary>
    CampaignExtrasOutput Write(IReadOnlyList<JsonElement> results, IReadOnlyList<CellVerdict> cells, string directory, Action<string> print);
}
