using System.Globalization;
using Nexus.Experiments.Attestation;

namespace Nexus.Experiments.Sharding;

/// <summary>Joins shard files into exactly the outputs the unsharded run writes. Every sweep found in the
/// shard directories is checked before anything is written: all its shards come from one config (the
/// same parameters and input bytes, which must also be those on disk now), one code version (the one
/// merging), one shard count; each shard is there exactly once; and together they hold every unit
/// once. Any failure is one error naming the shard files, and nothing is written.</summary>
public static class ShardMerge
{
    /// <summary>Merges every sweep in <paramref name="shardDirectories"/> into <paramref name="outputDirectory"/>,
    /// reopening each through <paramref name="open"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Run(string outputDirectory, IReadOnlyList<string> shardDirectories, Func<ShardHeader, IShardedSweep> open)
    {
        ArgumentNullException.ThrowIfNull(shardDirectories);
        ArgumentNullException.ThrowIfNull(open);
        if (shardDirectories.Count == 0)
        {
            throw new InvalidDataException("merge needs at least one shard directory");
        }
        var shards = new List<(string Path, ShardFile File)>();
        foreach (string directory in shardDirectories)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"no such shard directory '{directory}'");
            }
            string[] files = Directory.GetFiles(directory, ShardFile.Pattern);
            if (files.Length == 0)
            {
                throw new InvalidDataException($"{directory}: no shard file (NAME.shard-I-of-N.json) in it");
            }
            shards.AddRange(files.Order(StringComparer.Ordinal).Select(path => (path, ShardFile.Read(path))));
        }
        string code = CodeVersion.Digest();
        var merges = shards.GroupBy(shard => shard.File.Header.Name, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Prepare([.. group], code, open)).ToList();
        Func<string, IReadOnlyList<string>>[] writers = [.. merges.Select(merge => merge.Sweep.ReadMerged(merge.Results))];
        Directory.CreateDirectory(outputDirectory);
        return [.. writers.SelectMany(write => write(outputDirectory))];
    }

    private static (IShardedSweep Sweep, IReadOnlyList<System.Text.Json.JsonElement> Results) Prepare(
        IReadOnlyList<(string Path, ShardFile File)> group, string code, Func<ShardHeader, IShardedSweep> open)
    {
        (string firstPath, ShardFile first) = group[0];
        ShardHeader header = first.Header;
        foreach ((string path, ShardFile file) in group.Skip(1))
        {
            ShardHeader other = file.Header;
            if (other.Describe() != header.Describe() || other.InputsDigest != header.InputsDigest || other.Units != header.Units)
            {
                throw new InvalidDataException($"{path} comes from another config than {firstPath}: '{other.Describe()}' (inputs sha256 {other.InputsDigest}) " +
                    $"against '{header.Describe()}' (inputs sha256 {header.InputsDigest})");
            }
            if (other.Code != header.Code)
            {
                throw new InvalidDataException($"{path} was run by another code version than {firstPath} (nexus {other.Code} against {header.Code})");
            }
            if (other.Shards != header.Shards)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{path} is one of {other.Shards} shards, {firstPath} one of {header.Shards}: merge the shards of one run"));
            }
        }
        if (header.Code != code)
        {
            throw new InvalidDataException($"{firstPath} was run by nexus {header.Code}, and this is nexus {code}: merge with the code that ran the shards");
        }
        string name = header.Name;
        if (group.GroupBy(shard => shard.File.Header.Shard).FirstOrDefault(twice => twice.Count() > 1) is { } duplicated)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"shard {duplicated.Key}/{header.Shards} of {name} is given twice: {string.Join(", ", duplicated.Select(shard => shard.Path))}"));
        }
        int[] missing = [.. Enumerable.Range(0, header.Shards).Except(group.Select(shard => shard.File.Header.Shard))];
        if (missing.Length > 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: shard {string.Join(", ", missing.Select(index => $"{index}/{header.Shards}"))} missing ({group.Count} of {header.Shards} shards given)"));
        }
        var results = new System.Text.Json.JsonElement?[header.Units];
        foreach ((string path, ShardFile file) in group)
        {
            var shard = new Shard(file.Header.Shard, header.Shards);
            foreach (ShardUnit unit in file.Results)
            {
                if (unit.Unit < 0 || unit.Unit >= header.Units || !shard.Owns(unit.Unit) || results[unit.Unit] is not null)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: unit {unit.Unit} does not belong to shard {shard} of {header.Units} units, or appears twice"));
                }
                results[unit.Unit] = unit.Result;
            }
        }
        if (Array.IndexOf(results, null) is int absent and >= 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{name}: no shard holds unit {absent} of {header.Units}: a shard file is incomplete"));
        }
        IShardedSweep sweep = open(header);
        if (sweep.InputsDigest != header.InputsDigest || sweep.Units != header.Units)
        {
            throw new InvalidDataException($"{name}: '{header.Describe()}' has changed since the shards ran (inputs sha256 now {sweep.InputsDigest}, " +
                $"then {header.InputsDigest}): run the shards again");
        }
        return (sweep, [.. results.Select(result => result!.Value)]);
    }
}
