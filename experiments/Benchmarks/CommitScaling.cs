using System.Globalization;
using System.Text;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Benchmarks;

/// <summary>What one commit costs as the committed state grows: one worker at depth 1 links Facts one
/// exchange at a time, and at each size the next exchanges are timed. The Facts carry no real
/// signature and the signature defence is off (every other defence on), so that filling a million
/// Facts takes seconds: a signature's check costs the same at any size, and what is measured is
/// the part that could grow with the state.</summary>
public static class CommitScaling
{
    /// <summary>The cost per commit at each of <paramref name="sizes"/> (ascending) committed Facts,
    /// timed over <paramref name="sample"/> commits; <paramref name="progress"/> hears of each size as it is reached.</summary>
    public static IReadOnlyList<(int Facts, Measurement PerCommit)> Run(IReadOnlyList<int> sizes, int sample, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(progress);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1) { StepCountMax = long.MaxValue });
        var blackboard = new BlackboardService(runtime, StoreSet.InProcess(), new BlackboardLimits(), BlackboardDefences.All.Without("signature"));
        using AgentIdentity filler = AgentIdentity.Derive(1, "filler");
        byte[] signature = new byte[64];
        int linked = 0;

        async Task Link(int count)
        {
            for (int i = 0; i < count; i++, linked++)
            {
                var content = new Content("text/plain", Encoding.UTF8.GetBytes("observation " + linked.ToString(CultureInfo.InvariantCulture)));
                var origin = new Origin("asset-" + (linked % 64).ToString(CultureInfo.InvariantCulture), linked);
                var fact = new Fact(Fact.ComputeId(content, origin, filler.Id), content, origin, filler.Id, filler.PublicKey, signature, "");
                ActionOutcome outcome = await blackboard.ExchangeAsync(fact, "text/plain");
                if (outcome.Error != BlackboardError.None)
                {
                    throw new InvalidOperationException($"exchange {linked} was refused: {outcome.Error}");
                }
            }
        }

        void Commit(int count)
        {
            runtime.Spawn("link", () => Link(count));
            runtime.RunToCompletion();
        }

        var measured = new List<(int, Measurement)>();
        foreach (int size in sizes)
        {
            Commit(size - linked);
            progress(string.Format(CultureInfo.InvariantCulture, "{0:N0} facts committed", linked));
            measured.Add((linked, Measurement.Of(sample, () => Commit(sample))));
        }
        return measured;
    }
}
