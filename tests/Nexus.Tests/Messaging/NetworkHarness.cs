using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Tests.Messaging;

/// <summary>Two nodes, a and b, on one runtime, with every delivery to b recorded with its time.</summary>
internal sealed class NetworkHarness
{
    public NetworkHarness(ulong seed, LinkOptions link)
    {
        Runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 20_000_000 });
        Network = new EmulatedNetwork(Runtime, new NetworkOptions(link));
        A = Network.AddNode("a");
        B = Network.AddNode("b");
        Network.Listen(B, message => Received.Add((Runtime.Now, (int)message.Payload!)));
    }

    public VirtualRuntime Runtime { get; }

    public EmulatedNetwork Network { get; }

    public NodeId A { get; }

    public NodeId B { get; }

    public List<(SimTime At, int Payload)> Received { get; } = [];

    public IEnumerable<int> ReceivedPayloads => Received.Select(r => r.Payload);

    /// <summary>A link with the given loss, a log-normal latency and some duplication and reordering.</summary>
    public static LinkOptions Lossy(double loss, double duplication = 0.05, double reorder = 0.1) => new(
        DurationDistribution.LogNormal(SimDuration.FromMilliseconds(10), 0.6),
        new Probability(loss), new Probability(duplication), new Probability(reorder));

    /// <summary>Sends <paramref name="count"/> messages from a to b, one every <paramref name="interval"/>, payloads 0, 1, ...</summary>
    public void SendEvery(SimDuration interval, int count, DeliveryMode mode, Probability? probability = null)
    {
        Runtime.Spawn("sender", async () =>
        {
            for (int i = 0; i < count; i++)
            {
                Network.Send(A, B, mode, i, probability);
                await Runtime.Delay(interval);
            }
        });
    }
}
