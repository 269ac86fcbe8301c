using System.Globalization;
using System.Text;
using System.Text.Json;
using Nexus.Engine.Randomness;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Games;

namespace Nexus.Experiments.Attacks;

/// <summary>The game-theoretic scenarios of the blackboard world, over the campaign's seed bank: the
/// iterated exchange game (<see cref="IteratedExchange"/>, a model of repeated exchanges with the
/// standard prisoner's-dilemma payoffs, not a run of the blackboard) for the first three checks, and
/// the campaign's own runs on the blackboard for the fourth.</summary>
public static class GameChecks
{
    /// <summary>Turns of each game.</summary>
    public const int Turns = 200;

    /// <summary>Generations of proportional selection.</summary>
    public const int Generations = 500;

    /// <summary>The chance a move is flipped in the generous tit-for-tat check.</summary>
    public const double Noise = 0.05;

    /// <summary>The four checks.</summary>
    public static IReadOnlyList<GameResult> Run(IReadOnlyList<int> seeds, IReadOnlyList<CellVerdict> cells)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(cells);
        IReadOnlyList<ExchangeStrategy> six = ExchangeStrategy.Six;
        int tft = 0, defect = 1;
        double margin = double.MaxValue, share = double.MaxValue, cooperation = double.MaxValue;
        foreach (int seed in seeds)
        {
            double[,] perTurn = PayoffMatrix(six, seed);
            double[] totals = [.. Enumerable.Range(0, six.Count).Select(i => Enumerable.Range(0, six.Count).Sum(j => perTurn[i, j] * Turns))];
            margin = Math.Min(margin, totals[tft] - totals[defect]);
            share = Math.Min(share, Selection(perTurn)[tft]);
            var random = new SimRandom((ulong)seed).Fork("generous");
            cooperation = Math.Min(cooperation, Math.Min(
                IteratedExchange.Play(ExchangeStrategy.GenerousTitForTat, ExchangeStrategy.GenerousTitForTat, Turns, Noise, random).Cooperation,
                IteratedExchange.Play(ExchangeStrategy.GenerousTitForTat, ExchangeStrategy.TitForTat, Turns, Noise, random).Cooperation));
        }
        long started = cells.Sum(cell => cell.Tally(ExchangeTallies.IntentsStarted));
        double completion = started == 0 ? 0 : (double)cells.Sum(cell => cell.Tally(ExchangeTallies.IntentsConcluded)) / started;
        long conclusions = cells.Sum(cell => cell.Tally(ExchangeTallies.Conclusions));
        double falseShare = conclusions == 0 ? 1 : (double)cells.Sum(cell => cell.Tally(ExchangeTallies.FalseConclusions)) / conclusions;
        string bank = $"over {seeds.Count} seeds";
        return
        [
            new("tit-for-tat beats always-defect in a 200-turn round robin", Round(margin), "> 0", margin > 0,
                $"smallest margin of tit-for-tat's total over always-defect's, {bank}, each of the six playing every other and itself"),
            new("tit-for-tat survives 500 generations of proportional selection", Round(share), "> 0.01", share > 0.01,
                $"smallest share of tit-for-tat after {Generations} generations from equal shares of the six, {bank}"),
            new("generous tit-for-tat keeps cooperation above 0.6", Round(cooperation), "> 0.6", cooperation > 0.6,
                $"smallest share of cooperative moves against itself and against tit-for-tat with {Noise} noise, {bank}"),
            new("honest intent completion above 0.7 with false conclusions below 0.1", Round(completion), "> 0.7, false < 0.1",
                completion > 0.7 && falseShare < 0.1,
                string.Create(CultureInfo.InvariantCulture, $"on the blackboard, every cell and seed of the campaign: {started} honest Intents, completion {completion:0.###}; {conclusions} committed conclusions, false share {falseShare:0.###}")),
        ];
    }

    /// <summary>Mean payoff per turn of strategy i against j (row player's), from one game per ordered pair on <paramref name="seed"/>.</summary>
    private static double[,] PayoffMatrix(IReadOnlyList<ExchangeStrategy> strategies, int seed)
    {
        var matrix = new double[strategies.Count, strategies.Count];
        for (int i = 0; i < strategies.Count; i++)
        {
            for (int j = i; j < strategies.Count; j++)
            {
                var random = new SimRandom((ulong)seed).Fork($"round-robin/{strategies[i].Name}/{strategies[j].Name}");
                GameScore score = IteratedExchange.Play(strategies[i], strategies[j], Turns, 0, random);
                matrix[i, j] = score.First / Turns;
                matrix[j, i] = score.Second / Turns;
            }
        }
        return matrix;
    }

    /// <summary>Replicator dynamics: each generation a strategy's share grows in proportion to its mean payoff against the population.</summary>
    private static double[] Selection(double[,] perTurn)
    {
        int n = perTurn.GetLength(0);
        double[] shares = [.. Enumerable.Repeat(1.0 / n, n)];
        for (int generation = 0; generation < Generations; generation++)
        {
            double[] fitness = [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => perTurn[i, j] * shares[j]))];
            double mean = Enumerable.Range(0, n).Sum(i => shares[i] * fitness[i]);
            shares = [.. Enumerable.Range(0, n).Select(i => shares[i] * fitness[i] / mean)];
        }
        return shares;
    }

    private static double Round(double value) => Math.Round(value, 4);

    /// <summary>The report page's section.</summary>
    public static ReportSection Section(IReadOnlyList<GameResult> results) =>
        new("games", "Game-theoretic checks", "", ["check", "value", "bound", "holds", "measured"],
            [.. results.Select(g => new[] { g.Check, g.Value.ToString("R", CultureInfo.InvariantCulture), g.Bound, g.Holds ? "yes" : "NO", g.Detail })]);

    /// <summary>The Markdown section.</summary>
    public static string Markdown(IReadOnlyList<GameResult> results)
    {
        var text = new StringBuilder("\n## Game-theoretic checks\n\n| check | value | bound | holds | measured |\n|---|---|---|---|---|\n");
        foreach (GameResult result in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {result.Check} | {result.Value} | {result.Bound} | {(result.Holds ? "yes" : "NO")} | {result.Detail} |\n");
        }
        return text.ToString();
    }

    /// <summary>The signed predicate's part.</summary>
    public static void WriteJson(Utf8JsonWriter writer, IReadOnlyList<GameResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (GameResult result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("check", result.Check);
            writer.WriteString("value", result.Value.ToString("R", CultureInfo.InvariantCulture));
            writer.WriteString("bound", result.Bound);
            writer.WriteBoolean("holds", result.Holds);
            writer.WriteString("detail", result.Detail);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
