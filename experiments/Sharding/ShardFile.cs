using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nexus.Experiments.Output;

namespace Nexus.Experiments.Sharding;

/// <summary>One shard's partial output, NAME.shard-I-of-N.json: the header, then the result of every
/// unit the shard ran, in unit order. Several shards may share a directory. Written atomically, so a
/// shard that fails or is killed leaves no file, and merge reports it missing.</summary>
public sealed record ShardFile(ShardHeader Header, IReadOnlyList<ShardUnit> Results)
{
    /// <summary>The pattern of shard file names.</summary>
    public const string Pattern = "*.shard-*-of-*.json";

    /// <summary>How results are written: records by their properties; doubles round-trip exactly, infinities and NaN included.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The file name of shard <paramref name="shard"/> of the sweep <paramref name="name"/>.</summary>
    public static string FileName(string name, Shard shard) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}.shard-{shard.Index}-of-{shard.Count}.json");

    /// <summary>Writes the results of the units <paramref name="shard"/> owns into <paramref name="directory"/>; returns the path.</summary>
    public static string Write<T>(string directory, ShardHeader header, Shard shard, IReadOnlyList<T?> results)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(results);
        ShardUnit[] owned = [.. Enumerable.Range(0, results.Count).Where(shard.Owns)
            .Select(unit => new ShardUnit(unit, JsonSerializer.SerializeToElement(results[unit], Json)))];
        string path = Path.Combine(directory, FileName(header.Name, shard));
        AtomicFile.WriteBytes(path, [.. JsonSerializer.SerializeToUtf8Bytes(new ShardFile(header, owned), Json), (byte)'\n']);
        return path;
    }

    /// <summary>Reads the shard file <paramref name="path"/>; a file that is not one is an error naming it.</summary>
    public static ShardFile Read(string path)
    {
        ShardFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ShardFile>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a shard file ({error.Message})", error);
        }
        if (file?.Header?.Parameters is null || file.Results is null || file.Header.Format != ShardHeader.CurrentFormat)
        {
            throw new InvalidDataException($"{path}: not a shard file of format {ShardHeader.CurrentFormat}");
        }
        return file;
    }
}

