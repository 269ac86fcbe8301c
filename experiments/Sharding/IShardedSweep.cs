using System.Text.Json;

namespace Nexus.Experiments.Sharding;

/// <summary>A sweep as sharding sees it: what identifies it, how many independent units it has, and how
/// its outputs are written from the results of all of them. Merge needs nothing more.</summary>
public interface IShardedSweep
{
    /// <summary>The command that runs it ("run", "check", "attack", ...).</summary>
    string Kind { get; }

    /// <summary>The stem of its outputs.</summary>
    string Name { get; }

    /// <summary>What defines it, as the shards recorded it: merge reopens the sweep from these.</summary>
    IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>SHA-256 of the bytes of every input file the parameters name, as they are now.</summary>
    string InputsDigest { get; }

    /// <summary>How many independent units the whole sweep has.</summary>
    int Units { get; }

    /// <summary>Reads all units' results (in unit order, as shard files hold them), refusing one of another
    /// shape with an <see cref="InvalidDataException"/>, and returns what writes every output from them into
    /// a directory (returning the paths): so a bad shard is found before anything is written.</summary>
    Func<string, IReadOnlyList<string>> ReadMerged(IReadOnlyList<JsonElement> results);
}
