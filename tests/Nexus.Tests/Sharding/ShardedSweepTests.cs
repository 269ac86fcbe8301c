using Nexus.Tests.Experiments;

namespace Nexus.Tests.Sharding;

/// <summary>Every kind of sweep cut into shards, each shard a separate nexus process as a cluster runs
/// it, then merged: the merged outputs are the unsharded run's, byte for byte, whatever the number of
/// shards, and whatever the number of workers.</summary>
[NonParallelizable]
public sealed class ShardedSweepTests
{
    private string _directory = "";

    private static readonly string[] Kinds = ["run", "check", "attack", "attack-commerce", "coyote-study", "network-sweep"];

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-shards-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private SweepCase Case(string kind) => SweepCase.All(_directory).Single(sweep => sweep.Kind == kind);

    internal static (int ExitCode, string Output) Nexus(params string[] arguments) => NexusProcess.RunIn(RepositoryPaths.Root, arguments);

    internal static SortedDictionary<string, byte[]> Files(string directory) =>
        new(Directory.GetFiles(directory).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Every kind, unsharded on two workers, then cut into three shards that each run on one
    /// worker: the merge equals the unsharded outputs, so neither the cut nor the workers change a byte.</summary>
    [TestCaseSource(nameof(Kinds))]
    public void Three_shards_on_one_worker_merge_to_the_bytes_of_the_whole_on_two(string kind)
    {
        SweepCase sweep = Case(kind);
        SortedDictionary<string, byte[]> whole = Whole(sweep, "--workers", "2");
        Assert.That(MergedShards(sweep, 3), Is.EqualTo(whole));
    }

    /// <summary>How units are dealt to shards does not depend on the kind of sweep, so every count is cut
    /// on the cheapest: one shard, two, three, and seven (some of which hold fewer units than others).</summary>
    [Test]
    public void Any_shard_count_merges_to_the_unsharded_bytes()
    {
        SweepCase sweep = Case("network-sweep");
        SortedDictionary<string, byte[]> whole = Whole(sweep);
        foreach (int count in new[] { 1, 2, 3, 7 })
        {
            Assert.That(MergedShards(sweep, count), Is.EqualTo(whole), $"{count} shards");
        }
    }

    /// <summary>The unsharded run's outputs.</summary>
    private SortedDictionary<string, byte[]> Whole(SweepCase sweep, params string[] options)
    {
        string whole = Path.Combine(_directory, "whole");
        (int exitCode, string output) = Nexus([.. sweep.Arguments(whole), .. options]);
        Assert.That(exitCode, Is.EqualTo(sweep.ExitCode), output);
        SortedDictionary<string, byte[]> files = Files(whole);
        Assert.That(files, Is.Not.Empty);
        return files;
    }

    /// <summary>The sweep cut into <paramref name="count"/> shards, each a separate process (two at a time, as
    /// a cluster's array tasks run), then merged: the merged outputs.</summary>
    private SortedDictionary<string, byte[]> MergedShards(SweepCase sweep, int count)
    {
        string[] shards = [.. Enumerable.Range(0, count).Select(index => Path.Combine(_directory, $"of-{count}", $"shard-{index}"))];
        var runs = new (int ExitCode, string Output)[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            index => runs[index] = Nexus([.. sweep.Arguments(shards[index]), "--shard", $"{index}/{count}"]));
        for (int index = 0; index < count; index++)
        {
            Assert.That(runs[index].ExitCode, Is.Zero, runs[index].Output);
            Assert.That(Directory.GetFiles(shards[index]).Select(Path.GetFileName),
                Has.Exactly(1).Items.And.All.EndsWith($".shard-{index}-of-{count}.json"), "a shard writes its shard file and nothing else");
        }
        string merged = Path.Combine(_directory, $"of-{count}", "merged");
        (int exitCode, string output) = Nexus(["merge", merged, .. shards, .. sweep.MergeArguments]);
        Assert.That(exitCode, Is.Zero, output);
        return Files(merged);
    }
}
