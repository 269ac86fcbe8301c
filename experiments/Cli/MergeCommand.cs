using System.CommandLine;
using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Checks;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Coyote;
using Nexus.Experiments.Loops;
using Nexus.Experiments.Sharding;
using Nexus.Experiments.Simulations;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus merge OUTPUT_DIR SHARD_DIR...</c>: joins the shard files of sharded sweeps into
/// exactly the outputs the unsharded runs write.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var output = new Argument<DirectoryInfo>("output-dir") { Description = "Where the merged outputs go" };
        var shards = new Argument<DirectoryInfo[]>("shard-dir") { Description = "Directories holding shard files (NAME.shard-i-of-n.json)", Arity = ArgumentArity.OneOrMore };
        var key = new Option<FileInfo?>("--key") { Description = "Sign a merged campaign's proof with this private key, as nexus attack --key does" };
        var merge = new Command("merge",
            "Join the shard files that sweeps run with --shard i/n wrote into the outputs the unsharded run writes, byte for byte. " +
            "Refuses, writing nothing, shards of another config, code version or shard count, and a missing or duplicated shard.")
        {
            output, shards, key,
        };
        merge.SetAction(parse =>
        {
            string? keyPath = parse.GetValue(key)?.FullName;
            if (keyPath is not null)
            {
                // Read before merging, so a bad key fails before anything is written.
                SigningKey.LoadPrivate(keyPath).Dispose();
            }
            OutputPlace.RequireWritableDirectory(parse.GetValue(output)!.ToString(), "output-dir");
            IReadOnlyList<string> written = ShardMerge.Run(parse.GetValue(output)!.FullName, [.. parse.GetValue(shards)!.Select(directory => directory.ToString())],
                header => Open(header, keyPath));
            Console.WriteLine($"wrote {string.Join(", ", written.Select(path => Path.GetRelativePath(Environment.CurrentDirectory, path)))}");
            return 0;
        });
        return merge;
    }

    /// <summary>The sweep a shard header names, of every kind that shards.</summary>
    private static IShardedSweep Open(ShardHeader header, string? keyPath) => header.Kind switch
    {
        _ when keyPath is not null && header.Kind != CampaignSweep.KindName =>
            throw new OptionError($"--key signs a campaign's proof, and {header.Name} is a {header.Kind} sweep, which has none"),
        LoopSweep.KindName => LoopSweep.Open(header),
        CheckSweep.KindName => CheckSweep.Open(header),
        StrategyStudySweep.KindName => StrategyStudySweep.Open(CoyoteStudyLoader.Load(header.Parameters["config"]), Console.Write),
        MessageTrafficSweep.KindName => MessageTrafficSweep.Open(header),
        CampaignSweep.KindName => CampaignSweep.Open(CampaignConfigLoader.Load(header.Parameters["config"]), keyPath, Console.Write),
        _ => throw new InvalidDataException($"shards of an unknown kind of sweep '{header.Kind}'"),
    };
}
