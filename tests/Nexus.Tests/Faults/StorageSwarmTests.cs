using Nexus.Engine.Tracing;
using Nexus.Experiments.Simulations;
using Nexus.Scenarios.Configuration;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Faults;

/// <summary>Swarm mode over storage: each seed draws its own mix of store faults, prints it, and the
/// seed alone reproduces the run, in this process and in another.</summary>
public sealed class StorageSwarmTests
{
    private static readonly Worlds.Storage.Profiles.TargetProfile CloudflareWorkers = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"));

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_seed_alone_reproduces_a_storage_swarm_run_its_faults_and_its_fingerprint(ulong seed)
    {
        StorageTrafficResult first = Run(seed);
        StorageTrafficResult second = Run(seed);

        Assert.That(second.Faults, Is.EqualTo(first.Faults));
        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
        Assert.That(first.Faults[0], Is.EqualTo($"swarm seed {seed}"));
        Assert.That(first.Committed, Is.GreaterThan(0));
    }

    [Test]
    public void Over_the_bank_swarm_draws_every_kind_of_store_fault_and_different_seeds_draw_different_mixes()
    {
        var mixes = SeedBank.Seeds.Select(seed => Run(seed).Faults.Skip(1).ToList()).ToList();
        var lines = mixes.SelectMany(mix => mix).ToList();

        foreach (string kind in new[] { "outage", "timeout-storm", "latency-spike", "staleness" })
        {
            Assert.That(lines, Has.Some.StartsWith("fault: " + kind + " "), kind);
        }
        Assert.That(mixes.Select(mix => string.Join("\n", mix)).Distinct().Count(), Is.EqualTo(SeedBank.Seeds.Length));
    }

    [Test]
    public void Another_process_given_the_seed_prints_the_same_faults_and_fingerprint()
    {
        StorageTrafficResult here = Run(42);
        (int exitCode, string output) = NexusProcess.Run("simulate", "storage", "--seed", "42", "--swarm", "--requests", "20",
            "--profile", RepositoryPaths.Profile("cf-workers"));

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("fingerprint " + here.Fingerprint));
        foreach (string fault in here.Faults)
        {
            Assert.That(output, Does.Contain(fault));
        }
    }

    private static StorageTrafficResult Run(ulong seed)
    {
        using var trace = new SimTrace();
        return StorageTrafficSimulation.Run(new StorageTrafficOptions(seed, CloudflareWorkers) { Swarm = true, RequestsPerWorker = 20 }, trace);
    }
}
