using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Boundary.Server;
using Nexus.Experiments.Cli;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Experiments;

/// <summary>Every kind of input file nexus reads, mutated at random from a committed (or freshly written)
/// sample: a line deleted, doubled or cut short, a value replaced by junk, bytes inserted. Each mutant is
/// either accepted or refused with what the command line prints as one <c>error:</c> line (a user's
/// mistake, <see cref="UserError"/>): never another exception, which the command line would print as a
/// stack trace. FsCheck generates the mutations, replayed from a fixed seed so every run checks the
/// same cases.</summary>
public sealed class InputFuzzTests
{
    private const int Cases = 300;

    private static readonly Config Replayed = PropertyReplay.Of(Cases, 20261205, 6364136223846793005);

    /// <summary>Values a mutation puts where a value was.</summary>
    private static readonly string[] Junk =
    [
        "", "-1", "0", "1e309", "-1e309", "NaN", ".inf", "99999999999999999999", "0.5", "x", "[]", "{}", "[1, 2", "{ a: 1 }", "null", "~", "\"\"",
        "'", "\u0000", "&anchor", "*alias", "!!binary AA==", "- item", "true", "1/0", "\t", "{\"a\":", "\"payload\"", "-", ":",
    ];

    private string _directory = "";

    [SetUp]
    public void CopyConfigs()
    {
        // The configs, copied, so that a mutant keeps the paths its sample names relative to itself.
        _directory = Directory.CreateTempSubdirectory("nexus-fuzz-").FullName;
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "configs"), "*.yaml", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(_directory, Path.GetRelativePath(RepositoryPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [TearDown]
    public void Delete() => Directory.Delete(_directory, recursive: true);

    [TestCase("configs/attacks/exchange-contract.yaml")]
    [TestCase("configs/attacks/private-commerce.yaml")]
    public void A_mutated_campaign_config_is_loaded_or_refused_in_one_line(string config) =>
        Fuzz(config, path => CampaignConfigLoader.Load(path));

    [TestCase("configs/profiles/cf-workers.yaml")]
    [TestCase("configs/profiles/local.yaml")]
    public void A_mutated_profile_is_loaded_or_refused_in_one_line(string profile) =>
        Fuzz(profile, path => TargetProfileLoader.Load(path));

    [Test]
    public void A_mutated_two_phase_commit_profile_is_loaded_or_refused_in_one_line() =>
        Fuzz("configs/profiles/two-phase-commit.yaml", path => TwoPhaseCommitProfileLoader.Load(path));

    [TestCase("configs/horizon-by-proposer.yaml")]
    [TestCase("configs/blackboard-horizon.yaml")]
    public void A_mutated_loop_sweep_config_is_loaded_or_refused_in_one_line(string config) =>
        Fuzz(config, path => LoopSweepConfigLoader.Load(path));

    [Test]
    public void A_mutated_strategy_study_config_is_loaded_or_refused_in_one_line() =>
        Fuzz("configs/coyote/seeded-bugs.yaml", path => CoyoteStudyLoader.Load(path));

    [Test]
    public void A_mutated_fault_plan_is_loaded_or_refused_in_one_line() =>
        Fuzz("configs/faults/outage-then-spike.yaml", path => StoreFaultPlanLoader.Load(path, "stores"));

    [Test]
    public void A_mutated_proof_is_verified_or_refused_in_one_line()
    {
        string proof = Path.Combine(_directory, "figures", "exchange-contract-proof.json");
        Directory.CreateDirectory(Path.GetDirectoryName(proof)!);
        File.Copy(Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-proof.json"), proof);
        var key = SigningKey.LoadPublic(RepositoryPaths.DemoPublicKey);
        Fuzz(Path.GetRelativePath(_directory, proof), path => ProofCheck.Verify(File.ReadAllBytes(path), key, null));
    }

    [Test]
    public void A_mutated_key_is_loaded_or_refused_in_one_line()
    {
        string key = Path.Combine(_directory, "mine");
        SigningKey.Generate(key);
        Fuzz("mine.pub", path => SigningKey.LoadPublic(path));
    }

    [Test]
    public void A_mutated_shard_file_is_read_or_refused_in_one_line()
    {
        string shards = Path.Combine(_directory, "shards");
        (int exitCode, string output) = NexusProcess.Run("simulate", "network-sweep", "--seeds", "1-2", "--messages", "5", "--output", Path.Combine(shards, "traffic.csv"), "--shard", "0/1");
        Assert.That(exitCode, Is.Zero, output);
        Fuzz(Path.Combine("shards", "traffic.shard-0-of-1.json"), path => ShardFile.Read(path));
    }

    [Test]
    public void A_mutated_store_snapshot_is_read_or_refused_in_one_line()
    {
        string snapshot = Path.Combine(_directory, "snapshot.json");
        new StoreSnapshot(StoreSnapshot.FormatName, new(StringComparer.Ordinal) { ["a"] = "1", ["b"] = "2" },
            new(StringComparer.Ordinal) { ["c"] = [1, 2, 3] }, new(StringComparer.Ordinal) { ["d"] = "s1" }).Write(snapshot);
        Assert.That(StoreSnapshot.Read(snapshot).KeyValue, Has.Count.EqualTo(2), "the sample is a snapshot");
        Fuzz("snapshot.json", path => StoreSnapshot.Read(path));
    }

    [Test]
    public void The_property_fails_for_a_reader_that_crashes_on_a_mutant()
    {
        // The control: a reader that throws what no command reports as a user's mistake, on junk the mutations insert.
        Assert.That(() => Fuzz("configs/profiles/local.yaml", path =>
            {
                if (File.ReadAllText(path).Contains("NaN", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("crashed");
                }
            }),
            Throws.Exception.With.Message.Contains("raised System.InvalidOperationException: crashed"));
    }

    /// <summary>Mutants of the file at <paramref name="relative"/> (under the copy), each read by
    /// <paramref name="read"/> at the same path: accepted, or refused as a user's mistake in one line.</summary>
    private void Fuzz(string relative, Action<string> read)
    {
        string path = Path.Combine(_directory, relative);
        string sample = File.ReadAllText(path);
        read(path);
        Gen<(int Kind, int Where, int What)> mutations =
            from kind in Gen.Choose(0, 4)
            from place in Gen.Choose(0, int.MaxValue - 1)
            from value in Gen.Choose(0, Junk.Length - 1)
            select (kind, place, value);
        Prop.ForAll(mutations.ToArbitrary(), mutation =>
        {
            File.WriteAllText(path, Mutate(sample, mutation));
            try
            {
                read(path);
            }
            catch (Exception error)
            {
                string? line = UserError.Describe(error);
                Assert.That(line, Is.Not.Null, $"{Mutate(sample, mutation)}\nraised {error}");
                Assert.That(line, Does.Not.Contain('\n'), "one line");
            }
        }).Check(Replayed);
    }

    private static string Mutate(string sample, (int Kind, int Where, int What) mutation)
    {
        string[] lines = sample.Split('\n');
        int line = mutation.Where % lines.Length;
        string junk = Junk[mutation.What];
        switch (mutation.Kind)
        {
            case 0:
                return string.Join('\n', lines.Where((_, i) => i != line));
            case 1:
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 2:
                return sample[..(mutation.Where % (sample.Length + 1))];
            case 3:
                // The value after a line's first separator (YAML's ': ', JSON's ':'), replaced.
                int colon = lines[line].IndexOf(':', StringComparison.Ordinal);
                lines[line] = colon < 0 ? junk : lines[line][..(colon + 1)] + " " + junk;
                return string.Join('\n', lines);
            default:
                int at = mutation.Where % (sample.Length + 1);
                return new StringBuilder(sample).Insert(at, junk).ToString();
        }
    }
}
