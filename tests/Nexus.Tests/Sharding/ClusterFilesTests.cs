using YamlDotNet.RepresentationModel;

namespace Nexus.Tests.Sharding;

/// <summary>The Kubernetes manifests agree with themselves and with the shard entry point the Slurm run
/// exercises: an Indexed Job whose completions are the shard count it tells cluster/shard.sh, running a
/// committed sweep; a merge Job on the same volume.</summary>
public sealed class ClusterFilesTests
{
    private static string Cluster(params string[] parts) => Path.Combine([RepositoryPaths.Root, "cluster", .. parts]);

    private static List<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        return [.. stream.Documents.Select(document => (YamlMappingNode)document.RootNode)];
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;

    [Test]
    public void The_sweep_job_is_indexed_and_tells_the_entry_point_its_completions()
    {
        List<YamlMappingNode> documents = Documents(Cluster("kubernetes", "sweep-job.yaml"));
        YamlMappingNode job = documents.Single(document => Text(At(document, "kind")) == "Job");
        YamlMappingNode container = (YamlMappingNode)((YamlSequenceNode)At(job, "spec", "template", "spec", "containers")).Children.Single();
        var environment = ((YamlSequenceNode)At(container, "env")).Children.ToDictionary(variable => Text(At(variable, "name")), variable => Text(At(variable, "value")));
        string[] arguments = [.. ((YamlSequenceNode)At(container, "args")).Children.Select(Text)];

        Assert.That(Text(At(job, "spec", "completionMode")), Is.EqualTo("Indexed"));
        Assert.That(environment["NEXUS_SHARD_COUNT"], Is.EqualTo(Text(At(job, "spec", "completions"))));
        Assert.That(((YamlSequenceNode)At(container, "command")).Children.Select(Text), Is.EqualTo(new[] { "cluster/shard.sh" }));
        Assert.That(arguments[0], Is.EqualTo("run"));
        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, arguments[1])), Is.True, "the sweep is a committed config");
        Assert.That(documents.Any(document => Text(At(document, "kind")) == "PersistentVolumeClaim"
            && Text(At(document, "metadata", "name")) == Text(At((YamlMappingNode)((YamlSequenceNode)At(job, "spec", "template", "spec", "volumes")).Children.Single(), "persistentVolumeClaim", "claimName"))),
            "the shards' volume is claimed beside the Job");
    }

    [Test]
    public void The_merge_job_merges_every_shard_directory_of_that_volume()
    {
        YamlMappingNode job = Documents(Cluster("kubernetes", "merge-job.yaml")).Single();
        YamlMappingNode container = (YamlMappingNode)((YamlSequenceNode)At(job, "spec", "template", "spec", "containers")).Children.Single();

        Assert.That(string.Join(" ", ((YamlSequenceNode)At(container, "command")).Children.Select(Text)), Does.EndWith("merge /shards/merged /shards/[0-9]*"));
    }

    [TestCase("shard.sh")]
    [TestCase("slurm/shard.sbatch")]
    [TestCase("slurm/run-sweep.sh")]
    public void Each_script_parses_as_bash(string script)
    {
        (int exitCode, string errors) = ExternalProcess.Run("bash", RepositoryPaths.Root, TimeSpan.FromSeconds(30), "-n", Cluster(script.Split('/')));

        Assert.That(exitCode, Is.Zero, errors);
    }

    [Test]
    public void The_entry_point_takes_its_shard_from_slurm_or_kubernetes()
    {
        string script = File.ReadAllText(Cluster("shard.sh"));

        Assert.That(script, Does.Contain("SLURM_ARRAY_TASK_ID").And.Contain("SLURM_ARRAY_TASK_COUNT").And.Contain("JOB_COMPLETION_INDEX").And.Contain("NEXUS_SHARD_COUNT"));
        Assert.That(File.ReadAllText(Cluster("slurm", "shard.sbatch")), Does.Contain("exec cluster/shard.sh \"$@\""));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Cluster("shard.sh")) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute), "the schedulers execute it");
        }
    }
}
