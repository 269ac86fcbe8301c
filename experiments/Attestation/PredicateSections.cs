using System.Globalization;
using System.Text.Json;
using Nexus.Scenarios.Campaigns;
using static Nexus.Experiments.Attestation.ProofRule;

namespace Nexus.Experiments.Attestation;

/// <summary>The consistency of a statement's sections beyond the matrix, each checked against itself and
/// against the rest of the predicate: the spam thresholds (one per depth of the campaign; a threshold
/// and its Hint come together, and the Hint admits no more than the threshold), the game checks (a
/// check marked as holding has its value within its bound) and the gap report (each foundation once;
/// each failing run is a VIOLATED run of a known scenario at one of the campaign's depths, on a seed of
/// its bank, with a fingerprint and a replay). Each failure is an <see cref="InvalidDataException"/>.</summary>
public static class PredicateSections
{
    private const string ThrottleHint = "max-intents-per-agent-per-second:";

    /// <summary>Checks the sections <paramref name="predicate"/> has (already of the statement's shape).</summary>
    public static void Check(JsonElement predicate, IReadOnlyDictionary<string, string> scenarios)
    {
        HashSet<string> depths = [.. predicate.GetProperty("depths").EnumerateArray().Select(depth => depth.GetProperty("name").GetString()!)];
        HashSet<long> seeds = [.. predicate.GetProperty("seedBank").EnumerateArray().Select(seed => seed.GetInt64())];
        if (predicate.TryGetProperty("spamThresholds", out JsonElement thresholds))
        {
            SpamThresholds(thresholds, depths);
        }
        if (predicate.TryGetProperty("games", out JsonElement games))
        {
            Games(games);
        }
        if (predicate.TryGetProperty("gapReport", out JsonElement gaps))
        {
            GapReport(gaps, scenarios, depths, seeds);
        }
    }

    private static void SpamThresholds(JsonElement thresholds, HashSet<string> depths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement entry in thresholds.EnumerateArray())
        {
            string depth = Text(entry, "depth");
            string where = $"spam threshold at {depth}";
            Require(depths.Contains(depth) && seen.Add(depth), $"{where}: not a depth of the campaign, or named twice");
            Require(Decimal(Text(entry, "floor")) is >= 0, $"{where}: its floor is not a non-negative number");
            string threshold = Text(entry, "threshold");
            string hint = Text(entry, "hint");
            if (threshold.Length == 0)
            {
                Require(hint.Length == 0 && entry.GetProperty("recovered").GetBoolean(), $"{where}: no threshold, yet a Hint or an unrecovered floor");
                continue;
            }
            Require(Decimal(threshold) is > 0 and double rate && hint.StartsWith(ThrottleHint, StringComparison.Ordinal)
                && int.TryParse(hint.AsSpan(ThrottleHint.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int allowed)
                && allowed >= 1 && allowed <= rate,
                $"{where}: threshold '{threshold}' and Hint '{hint}' disagree (the Hint must admit between 1 and the threshold's Intents a second)");
        }
    }

    private static void Games(JsonElement games)
    {
        foreach (JsonElement game in games.EnumerateArray())
        {
            string check = Text(game, "check");
            string bound = Text(game, "bound");
            // The bound's first clause is on the value; any further clause ("false < 0.1") is on a quantity the statement does not carry.
            string[] clause = bound.Split(',')[0].Trim().Split(' ');
            double? limitOrNull = clause.Length == 2 ? Decimal(clause[1]) : null;
            double? valueOrNull = Decimal(Text(game, "value"));
            Require(limitOrNull is not null && valueOrNull is not null, $"game check '{check}': its value or its bound '{bound}' is not a number and a comparison");
            double limit = limitOrNull!.Value;
            double value = valueOrNull!.Value;
            bool within = clause[0] switch
            {
                ">" => value > limit,
                ">=" => value >= limit,
                "<" => value < limit,
                "<=" => value <= limit,
                _ => throw new InvalidDataException($"game check '{check}': its bound '{bound}' does not compare with >, >=, < or <="),
            };
            Require(within || !game.GetProperty("holds").GetBoolean(), $"game check '{check}' is marked as holding, but its value {value} is not {bound.Split(',')[0]}");
        }
    }

    private static void GapReport(JsonElement gaps, IReadOnlyDictionary<string, string> scenarios, HashSet<string> depths, HashSet<long> seeds)
    {
        var foundations = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement gap in gaps.EnumerateArray())
        {
            string foundation = Text(gap, "foundation");
            Require(foundations.Add(foundation), $"gap report: foundation {foundation} appears twice");
            foreach (JsonElement run in gap.GetProperty("failing").EnumerateArray())
            {
                string where = $"gap report: {foundation}: {Text(run, "scenario")}/{Text(run, "depth")}";
                Require(scenarios.ContainsKey(Text(run, "scenario")) && depths.Contains(Text(run, "depth")), $"{where}: not a scenario and depth of the campaign");
                Require(Text(run, "verdict") == Verdict.Violated, $"{where}: a failing run whose verdict is {Text(run, "verdict")}");
                Require(seeds.Contains(run.GetProperty("seed").GetInt64()), $"{where}: seed {run.GetProperty("seed").GetInt64()} is not in the seed bank");
                Require(IsSha256(Text(run, "fingerprint")) && Text(run, "replay").Length > 0,
                    $"{where}: no fingerprint or no replay command");
            }
        }
    }

    private static double? Decimal(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) ? value : null;

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
