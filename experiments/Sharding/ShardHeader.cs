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

    /// <summary>The parameters as one line, for comparing shards and for error messages.</summary>
    public string Describe() => Kind + " " + string.Join(" ", Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
