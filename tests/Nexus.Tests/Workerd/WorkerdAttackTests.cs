using Nexus.Tests.Experiments;
using Nexus.Tests.Serve;

namespace Nexus.Tests.Workerd;

/// <summary>The campaign's boundary-surface attacks against a served blackboard whose stores are the
/// Worker's on workerd: <c>nexus serve --blackboard --stores URL</c>, then <c>nexus attack --server</c>,
/// as a researcher would run them.</summary>
[NonParallelizable] // on the real clock, with processes of its own: alone, which measured faster than beside others
public sealed class WorkerdAttackTests
{
    [Test]
    public void Nexus_attack_with_a_server_over_workerd_reports_each_boundary_attack_blocked() =>
        ServedStores.Run(() => RunningWorkerd.WithAsync(worker =>
        {
            // The committed campaign with the tests' four honest agents: each one's every request crosses
            // real HTTP twice on the real clock, and the verdicts do not depend on how many there are.
            DirectoryInfo directory = Directory.CreateTempSubdirectory("nexus-workerd-attack-");
            string config = Path.Combine(directory.FullName, "exchange-contract.yaml");
            File.WriteAllText(config, Nexus.Tests.Attacks.Campaigns.SmallText());
            (RunningNexus server, Uri address) = RunningNexus.Serve("--blackboard", "--stores", worker.Address.ToString());
            try
            {
                using (server)
                {
                    (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "attack", config,
                        "--server", address.ToString(), "--time-scale", "0.05");
                    Assert.That(exitCode, Is.Zero, output);
                    Assert.That(output, Does.Contain("direct-free-riding: BLOCKED").And.Contain("poison-injection: BLOCKED"));
                }
            }
            finally
            {
                directory.Delete(recursive: true);
            }
            return Task.CompletedTask;
        }));

    [Test]
    public void Nexus_attack_pointed_at_the_store_worker_itself_proves_nothing_and_says_why() =>
        ServedStores.Run(() => RunningWorkerd.WithAsync(worker =>
        {
            (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "attack", "configs/attacks/exchange-contract.yaml",
                "--server", worker.Address.ToString(), "--time-scale", "0.01");
            Assert.That(exitCode, Is.EqualTo(2), output);
            Assert.That(output, Does.Contain("poison-injection: ERROR").And.Contain("is the server a fresh nexus serve --blackboard?"));
            return Task.CompletedTask;
        }));
}
