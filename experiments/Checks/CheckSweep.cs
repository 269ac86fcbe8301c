using System.Globalization;
using System.Text;
using Nexus.Experiments.Output;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Checks;

/// <summary>A check over a bank of seeds (<c>nexus check WORLD</c>) as a sharded sweep: one unit per seed,
/// whose result is what failed (null when the seed passed). The output is the report the command
/// prints, CHECK-WORLD.txt: each failing seed with its failure and the command that reproduces it, then
/// the count.</summary>
public sealed class CheckSweep(string world, ulong first, ulong last, string flags, string? profile) : ShardedSweep<string?>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "check";

    /// <summary>The most seeds one check takes.</summary>
    public const ulong SeedsMax = int.MaxValue;

    /// <summary>Reopens the check a shard header names.</summary>
    public static CheckSweep Open(ShardHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        IReadOnlyDictionary<string, string> parameters = header.Parameters;
        (ulong first, ulong last) = header.Seeds();
        return new CheckSweep(parameters["world"], first, last,
            parameters["flags"], parameters["profile"] is { Length: > 0 } path ? path : null);
    }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => "check-" + world;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>
    {
        ["world"] = world,
        ["seeds"] = string.Create(CultureInfo.InvariantCulture, $"{first}-{last}"),
        ["flags"] = flags,
        ["profile"] = profile ?? "",
    };

    /// <inheritdoc />
    public override string InputsDigest => profile is null ? DigestOf() : DigestOf(profile);

    /// <inheritdoc />
    public override int Units => checked((int)(last - first + 1));

    /// <summary>The seed of unit <paramref name="unit"/>.</summary>
    public ulong Seed(int unit) => first + (ulong)unit;

    /// <summary>The report: every failure with its reproducing command, then the count.</summary>
    public string Report(IReadOnlyList<string?> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var text = new StringBuilder();
        for (int unit = 0; unit < failures.Count; unit++)
        {
            if (failures[unit] is string failure)
            {
                ulong seed = Seed(unit);
                text.Append(CultureInfo.InvariantCulture, $"seed {seed} failed {failure}\n");
                text.Append(CultureInfo.InvariantCulture, $"reproduce: {Invocation.Nexus} check {world} --seeds {seed}-{seed}{flags}\n");
            }
        }
        return text.Append(CultureInfo.InvariantCulture, $"checked {failures.Count} seeds: {failures.Count(failure => failure is not null)} failed\n").ToString();
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Write(IReadOnlyList<string?> results, string directory)
    {
        string path = Path.Combine(directory, Name + ".txt");
        AtomicFile.WriteBytes(path, new UTF8Encoding(false).GetBytes(Report(results)));
        return [path];
    }
}
