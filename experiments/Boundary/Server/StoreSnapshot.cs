using System.Text.Json;
using Nexus.Experiments.Output;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>Everything a target's stores hold, as JSON: the latest value of every key-value key, every
/// blob (base64) and every object's state, each in ordinal key order. <c>nexus serve --snapshot FILE</c>
/// writes one on exit; <c>--restore FILE</c> starts from one.</summary>
public sealed record StoreSnapshot(
    string Format,
    SortedDictionary<string, string> KeyValue,
    SortedDictionary<string, byte[]> Blobs,
    SortedDictionary<string, string> Objects)
{
    /// <summary>The format this version writes and reads.</summary>
    public const string FormatName = "nexus-stores/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>What <paramref name="target"/> holds now: the latest applied states, visible or not.</summary>
    public static StoreSnapshot Of(RemoteTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var keyValue = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in target.KeyValueState.LatestKeys(""))
        {
            keyValue[key] = target.KeyValueState.ReadLatest(key)!;
        }
        var blobs = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string key in target.Blobs.Keys(""))
        {
            blobs[key] = target.Blobs.Read(key)!;
        }
        var objects = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in target.Objects.Keys(""))
        {
            objects[key] = target.Objects.ReadState(key);
        }
        return new StoreSnapshot(FormatName, keyValue, blobs, objects);
    }

    /// <summary>Loads this snapshot into an empty <paramref name="target"/>, visible at once.</summary>
    public void RestoreInto(RemoteTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach ((string key, string value) in KeyValue)
        {
            target.KeyValueState.Restore(key, value);
        }
        foreach ((string key, byte[] content) in Blobs)
        {
            target.Blobs.Write(key, content);
        }
        foreach ((string key, string state) in Objects)
        {
            target.Objects.Swap(key, "", state);
        }
    }

    /// <summary>Writes the snapshot to <paramref name="path"/> atomically: the old file, or all of the new one.</summary>
    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        JsonSerializer.Serialize(stream, this, Json);
        return true;
    });

    /// <summary>Reads the snapshot in <paramref name="path"/>; a file that is not one is one error naming it and why.</summary>
    public static StoreSnapshot Read(string path)
    {
        StoreSnapshot? snapshot;
        try
        {
            using FileStream stream = File.OpenRead(path);
            snapshot = JsonSerializer.Deserialize<StoreSnapshot>(stream, Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a store snapshot: {error.Message}");
        }
        if (snapshot is null || snapshot.Format != FormatName)
        {
            throw new InvalidDataException($"{path}: not a store snapshot: format is '{snapshot?.Format}', expected '{FormatName}'");
        }
        string? empty = snapshot.KeyValue.Keys.Concat(snapshot.Blobs.Keys).Concat(snapshot.Objects.Keys).FirstOrDefault(string.IsNullOrEmpty);
        if (empty is not null || snapshot.Objects.ContainsValue(""))
        {
            throw new InvalidDataException($"{path}: not a store snapshot: an empty key, or an object state \"\" (absent objects are left out)");
        }
        return snapshot;
    }
}
