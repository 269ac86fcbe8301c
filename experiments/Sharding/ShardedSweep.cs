using System.Security.Cryptography;
using System.Text.Json;
using Nexus.Experiments.Attestation;

namespace Nexus.Experiments.Sharding;

/// <summary>A sweep whose units each give a <typeparamref name="TResult"/>.</summary>
public abstract class ShardedSweep<TResult> : IShardedSweep
{
    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyDictionary<string, string> Parameters { get; }

    /// <inheritdoc />
    public abstract string InputsDigest { get; }

    /// <inheritdoc />
    public abstract int Units { get; }

    /// <summary>Writes every output from all units' results, in unit order; returns the paths.</summary>
    public abstract IReadOnlyList<string> Write(IReadOnlyList<TResult> results, string directory);

    /// <inheritdoc />
    public Func<string, IReadOnlyList<string>> ReadMerged(IReadOnlyList<JsonElement> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        TResult[] read = [.. results.Select((result, unit) => Read(result, unit))];
        return directory => Write(read, directory);
    }

    private TResult Read(JsonElement result, int unit)
    {
        try
        {
            // Null is a result some sweeps have (a check's seed that passed).
            return result.Deserialize<TResult>(ShardFile.Json)!;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{Name}: unit {unit}'s result is not a {Kind} result: {error.Message}");
        }
    }

    /// <summary>Writes shard <paramref name="shard"/>'s file when there is one, every output otherwise; returns the paths.</summary>
    public IReadOnlyList<string> Finish(IReadOnlyList<TResult?> results, Shard? shard, string directory)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (shard is not Shard part)
        {
            return Write(results!, directory);
        }
        Directory.CreateDirectory(directory);
        var header = new ShardHeader(ShardHeader.CurrentFormat, Kind, Name, Parameters, InputsDigest, CodeVersion.Digest(), part.Index, part.Count, Units);
        return [ShardFile.Write(directory, header, part, results)];
    }

    /// <summary>SHA-256 over the SHA-256 of each file of <paramref name="paths"/>, in the order given.</summary>
    protected static string DigestOf(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string path in paths)
        {
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(path)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
