using System.Text.Json;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>A world that runs nothing beyond its cells and weaker foundations, and writes nothing of its own.</summary>
public sealed class NoExtras : ICampaignExtras
{
    /// <summary>The one instance.</summary>
    public static NoExtras Instance { get; } = new();

    private NoExtras()
    {
    }

    /// <inheritdoc />
    public int Units => 0;

    /// <inheritdoc />
    public JsonElement RunUnit(int unit) => throw new ArgumentOutOfRangeException(nameof(unit), unit, "this world runs no units of its own");

    /// <inheritdoc />
    public CampaignExtrasOutput Write(IReadOnlyList<JsonElement> results, IReadOnlyList<CellVerdict> cells, string directory, Action<string> print) =>
        new([], [], "", [], []);
}
