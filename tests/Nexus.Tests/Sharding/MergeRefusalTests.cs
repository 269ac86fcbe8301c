using System.Text.RegularExpressions;

namespace Nexus.Tests.Sharding;

/// <summary>What merge refuses, each with one error line, exit 2 and nothing written: a shard of another
/// config, a missing shard, a duplicated shard, shards cut differently, shards of another code version,
/// a config changed since the shards ran, and a file that is no shard; and a bad --shard.</summary>
[NonParallelizable]
public sealed class MergeRefusalTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-merge-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Merged => Path.Combine(_directory, "merged");

    /// <summary>Shard <paramref name="shard"/> of the traffic sweep over <paramref name="seeds"/>, into its own directory.</summary>
    private string TrafficShard(string shard, string seeds = "1-6", string? name = null)
    {
        string directory = Path.Combine(_directory, name ?? "shard-" + shard.Replace('/', '-'));
        (int exitCode, string output) = ShardedSweepTests.Nexus("simulate", "network-sweep", "--seeds", seeds, "--messages", "10",
            "--output", Path.Combine(directory, "traffic.csv"), "--shard", shard);
        Assert.That(exitCode, Is.Zero, output);
        return directory;
    }

    private string Refused(params string[] shardDirectories)
    {
        (int exitCode, string output) = ShardedSweepTests.Nexus(["merge", Merged, .. shardDirectories]);
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(Directory.Exists(Merged), Is.False, "nothing is written");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "one error line");
        return lines[0];
    }

    [Test]
    public void The_control_merges_the_same_shards_when_nothing_is_wrong()
    {
        (int exitCode, string output) = ShardedSweepTests.Nexus("merge", Merged, TrafficShard("0/2"), TrafficShard("1/2"));

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.Exists(Path.Combine(Merged, "traffic.csv")), Is.True);
    }

    [Test]
    public void A_shard_from_another_config_is_refused()
    {
        string error = Refused(TrafficShard("0/2"), TrafficShard("1/2", seeds: "1-7"));

        Assert.That(error, Does.StartWith("error: ").And.Contain("traffic.shard-1-of-2.json comes from another config than").And.Contain("seeds=1-7"));
    }

    [Test]
    public void A_missing_shard_is_refused()
    {
        string error = Refused(TrafficShard("0/3"), TrafficShard("2/3"));

        Assert.That(error, Is.EqualTo("error: traffic: shard 1/3 missing (2 of 3 shards given)"));
    }

    [Test]
    public void A_duplicated_shard_is_refused()
    {
        string error = Refused(TrafficShard("0/3"), TrafficShard("1/3"), TrafficShard("1/3", name: "again"), TrafficShard("2/3"));

        Assert.That(error, Does.Match(@"^error: shard 1/3 of traffic is given twice: .*shard-1-3/traffic\.shard-1-of-3\.json, .*again/traffic\.shard-1-of-3\.json$"));
    }

    [Test]
    public void Shards_cut_into_different_counts_are_refused()
    {
        string error = Refused(TrafficShard("0/2"), TrafficShard("1/3"), TrafficShard("2/3"));

        Assert.That(error, Does.Contain("is one of 3 shards").And.Contain("one of 2: merge the shards of one run"));
    }

    [Test]
    public void Shards_of_another_code_version_are_refused()
    {
        string[] shards = [TrafficShard("0/2"), TrafficShard("1/2")];
        foreach (string file in shards.SelectMany(directory => Directory.GetFiles(directory, "*.json")))
        {
            File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "\"code\":\"[0-9a-f]{64}\"", "\"code\":\"" + new string('0', 64) + "\""));
        }

        string error = Refused(shards);

        Assert.That(error, Does.Contain("was run by nexus " + new string('0', 64) + ", and this is nexus").And.Contain("merge with the code that ran the shards"));
    }

    [Test]
    public void Shards_of_a_config_changed_since_they_ran_are_refused()
    {
        string config = Path.Combine(_directory, "probe-vs-full.yaml");
        File.Copy(Path.Combine(RepositoryPaths.Root, "configs", "probe-vs-full.yaml"), config);
        string[] shards = [.. new[] { "0/2", "1/2" }.Select(shard =>
        {
            string directory = Path.Combine(_directory, "run-" + shard.Replace('/', '-'));
            (int exitCode, string output) = ShardedSweepTests.Nexus("run", config, "--output-dir", directory, "--shard", shard);
            Assert.That(exitCode, Is.Zero, output);
            return directory;
        })];
        File.AppendAllText(config, "# edited after the shards ran\n");

        string error = Refused(shards);

        Assert.That(error, Does.Contain("has changed since the shards ran").And.Contain("run the shards again"));
    }

    [Test]
    public void A_file_that_is_no_shard_is_refused()
    {
        string directory = Directory.CreateDirectory(Path.Combine(_directory, "junk")).FullName;
        File.WriteAllText(Path.Combine(directory, "traffic.shard-0-of-1.json"), "{ \"half\": ");

        string error = Refused(directory);

        Assert.That(error, Does.Contain("traffic.shard-0-of-1.json: not a shard file"));
    }

    [Test]
    public void A_shard_whose_result_has_another_shape_is_refused_before_any_output_is_made()
    {
        string second = TrafficShard("1/2");
        string file = Path.Combine(second, "traffic.shard-1-of-2.json");
        var shard = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        shard["results"]![0]!["result"] = "not rows";
        File.WriteAllText(file, shard.ToJsonString());

        string error = Refused(TrafficShard("0/2"), second);

        Assert.That(error, Does.StartWith("error: traffic: unit 1's result is not a network-sweep result"));
    }

    [TestCase("3/3")]
    [TestCase("1")]
    [TestCase("-1/2")]
    [TestCase("0/0")]
    public void A_bad_shard_option_is_one_error_and_runs_nothing(string shard)
    {
        string output = Path.Combine(_directory, "out");
        (int exitCode, string printed) = ShardedSweepTests.Nexus("simulate", "network-sweep", "--seeds", "1-3", "--output", Path.Combine(output, "t.csv"), "--shard", shard);

        Assert.That(exitCode, Is.EqualTo(2), printed);
        Assert.That(printed, Does.StartWith("error: --shard"));
        Assert.That(Directory.Exists(output), Is.False);
    }
}
