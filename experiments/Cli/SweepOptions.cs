using System.CommandLine;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Cli;

/// <summary>The options every sweep command shares: <c>--shard i/n</c> (run one deterministic slice of
/// the units and write its shard file, for <c>nexus merge</c>) and <c>--workers n</c> (run units on n
/// threads; the bytes written do not depend on n).</summary>
internal static class SweepOptions
{
    public static Option<string?> Shard() => new("--shard")
    {
        Description = "Run only shard i of n (0 <= i < n; units dealt round-robin) and write NAME.shard-i-of-n.json into the output directory, " +
            "for nexus merge; e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT",
    };

    /// <summary>Why <c>--shard</c> needs <c>--output-dir</c> where the output folder defaults to figures/.</summary>
    public const string ShardNeedsOutput = "a shard file is no output, and without a folder of its own it would land among the committed figures";

    public static Option<int> Workers() => new Option<int>("--workers")
    {
        Description = "Run this many units at once, in one process (default 1); outputs are the same bytes for every n",
        DefaultValueFactory = _ => 1,
    }.Within(1, SweepExecutor.WorkersMax);

    /// <summary>The shard <paramref name="option"/> names, or null; a malformed value is a one-line error.</summary>
    public static Shard? ReadShard(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(option) is not string text)
        {
            return null;
        }
        return Sharding.Shard.TryParse(text, out Shard shard, out string why) ? shard : throw new OptionError(why);
    }
}
