namespace Nexus.Experiments.Sharding;

/// <summary>What a shard file says about where its results come from: the kind of sweep and its name
/// (the stem of its outputs), the parameters that define it (the config's path, or a check's seeds and
/// flags), the digest of the inputs those name (the config's bytes and any file it reads), the digest
/// of the code that ran it, which shard of how many, and how many units the whole sweep has.</summary>
public sealed record ShardHeader(string Format, string Kind, string Name, IReadOnlyDictionary<string, string> Parameters,
    string InputsDigest, string Code, int Shard, int Shards, int Units)
{
    /// <summary>The format this version writes and reads.</summary>
    public const string CurrentFormat = "nexus-shard/1";

    /// <summary>The seed range the sweep recorded as its <c>seeds</c> parameter; a malformed one is an error naming it.</summary>
    public (ulong First, ulong Last) Seeds() =>
        Cli.SeedRange.TryParse(Parameters["seeds"], out ulong first, out ulong last)
            ? (first, last)
            : throw new InvalidDataException($"shard of {Name}: seeds '{Parameters["seeds"]}' is not a range first-last");

    /// <summary>The parameters as one line, for comparing shards and for error messages.</summary>
    public string Describe() => Kind + " " + string.Join(" ", Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
