using Nexus.Tests.Experiments;

namespace Nexus.Tests.Sharding;

/// <summary>Every kind of sweep cut into shards, each shard a separate nexus process as a cluster runs
/// it, then merged: the merged outputs are the unsharded run's, byte for byte, for 1, 2, 3 and 7
/// shards; and two workers write the bytes one does.</summary>
[NonParallelizable]
public sealed class ShardedSweepTests
{
    private string _directory = "";

    private static readonly string[] Kinds = ["run", "check", "attack", "coyote-study", "network-sweep"];

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-shards-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private SweepCase Case(string kind) => SweepCase.All(_directory).Single(sweep => sweep.Kind == kind);

    internal static (int ExitCode, string Output) Nexus(params string[] arguments) => NexusProcess.RunIn(RepositoryPaths.Root, arguments);

    internal static SortedDictionary<string, byte[]> Files(string directory) =>
        new(Directory.GetFiles(directory).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes), StringComparer.Ordinal);

    [TestCaseSource(nameof(Kinds))]
    public void Merged_shards_equal_the_unsharded_outputs_byte_for_byte_for_1_2_3_and_7_shards(string kind)
    {
        SweepCase sweep = Case(kind);
        string whole = Path.Combine(_directory, "whole");
        (int exitCode, string output) = Nexus(sweep.Arguments(whole));
        Assert.That(exitCode, Is.EqualTo(sweep.ExitCode), output);
        SortedDictionary<string, byte[]> expected = Files(whole);
        Assert.That(expected, Is.Not.Empty);

        foreach (int count in new[] { 1, 2, 3, 7 })
        {
            string[] shards = [.. Enumerable.Range(0, count).Select(index => Path.Combine(_directory, $"of-{count}", $"shard-{index}"))];
            // The shards run as separate processes, two at a time, as a cluster's array tasks do.
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
            (exitCode, output) = Nexus(["merge", merged, .. shards, .. sweep.MergeArguments]);
            Assert.That(exitCode, Is.Zero, output);

            SortedDictionary<string, byte[]> actual = Files(merged);
            Assert.That(actual.Keys, Is.EqualTo(expected.Keys), $"{count} shards");
            foreach ((string name, byte[] bytes) in expected)
            {
                Assert.That(actual[name], Is.EqualTo(bytes), $"{name} merged from {count} shards");
            }
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void Two_workers_write_the_bytes_one_does(string kind)
    {
        SweepCase sweep = Case(kind);
        string one = Path.Combine(_directory, "one");
        string two = Path.Combine(_directory, "two");

        (int exitCode, string output) = Nexus(sweep.Arguments(one));
        Assert.That(exitCode, Is.EqualTo(sweep.ExitCode), output);
        (exitCode, output) = Nexus([.. sweep.Arguments(two), "--workers", "2"]);
        Assert.That(exitCode, Is.EqualTo(sweep.ExitCode), output);

        SortedDictionary<string, byte[]> expected = Files(one);
        Assert.That(expected, Is.Not.Empty);
        Assert.That(Files(two), Is.EqualTo(expected));
    }
}
