using System.Text.Json;
using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;

namespace Nexus.Experiments.Attacks;

/// <summary>What the exchange contract's campaign runs and writes beyond the core's: the spam threshold
/// search (one unit per depth, since its throttled runs depend on the threshold its open runs find),
/// the game checks over the cells' tallies, and the Hints in force, each on the report page, in the
/// proof's predicate and, but for the Hints, appended to the matrix's Markdown.</summary>
public sealed class ExchangeExtras(AttackCampaign campaign) : ICampaignExtras
{
    /// <summary><paramref name="campaign"/> with its extras, as <c>nexus attack</c> runs it.</summary>
    public static LoadedCampaign Loaded(AttackCampaign campaign) => new(campaign, new ExchangeExtras(campaign));

    private readonly ScenarioSpec? _spam = campaign.Scenarios.FirstOrDefault(scenario => scenario.Sweep is not null);

    /// <inheritdoc />
    public int Units => _spam is null ? 0 : campaign.Depths.Count;

    /// <inheritdoc />
    public JsonElement RunUnit(int unit) =>
        JsonSerializer.SerializeToElement(SpamThresholdSearch.RunDepth(campaign, _spam!, _spam!.Sweep!, campaign.Depths[unit], () => { }), ShardFile.Json);

    /// <inheritdoc />
    public CampaignExtrasOutput Write(IReadOnlyList<JsonElement> results, IReadOnlyList<CellVerdict> cells, string directory, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(print);
        SpamDepth[] spam = [.. results.Select(result => result.Deserialize<SpamDepth>(ShardFile.Json)!)];
        var files = new List<string>();
        var figures = new List<(string, string)>();
        var sections = new List<(string, Action<Utf8JsonWriter>)>();
        var page = new List<ReportSection>
        {
            new("hints", "Hints", "In force from the start: " + (campaign.Hints.Count == 0 ? "none" : string.Join(", ", campaign.Hints)) + ".", [], []),
        };
        IReadOnlyList<SpamThreshold> thresholds = [.. spam.Select(depth => depth.Threshold)];
        if (spam.Length > 0)
        {
            print(SpamSearchOutput.Markdown(thresholds));
            IReadOnlyList<string> spamFiles = SpamSearchOutput.Write(campaign.Name, [.. spam.SelectMany(depth => depth.Points)], thresholds, directory);
            files.AddRange(spamFiles);
            figures.Add(("Honest throughput against Intent spam, per depth, without and with the throttle Hint", spamFiles[1]));
            sections.Add(("spamThresholds", writer => SpamSearchOutput.WriteJson(writer, thresholds)));
            page.Add(SpamSearchOutput.Section(thresholds));
        }
        IReadOnlyList<GameResult> games = GameChecks.Run(campaign.Seeds, cells);
        print(GameChecks.Markdown(games));
        sections.Add(("games", writer => GameChecks.WriteJson(writer, games)));
        page.Add(GameChecks.Section(games));
        return new CampaignExtrasOutput(files, figures, SpamSearchOutput.Markdown(thresholds) + GameChecks.Markdown(games), sections, page);
    }
}
