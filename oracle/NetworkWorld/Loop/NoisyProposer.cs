using Nexus.Engine;
using Nexus.Engine.Randomness;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>The oracle's delta with each edit corrupted with probability <c>p</c>, from its own seeded
/// generator: a host field moves to the next configured host, a port to the next configured port, an
/// exit code to the next code, a clock advance to zero. Signal 0: it does not know when it errs.</summary>
public sealed class NoisyProposer : IProposer
{
    private readonly NetworkConfig _config;
    private readonly double _probability;
    private readonly CPythonRandom _random;

    /// <summary>A proposer corrupting each edit with probability <paramref name="probability"/>.</summary>
    public NoisyProposer(NetworkConfig config, double probability, int seed)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _probability = new Probability(probability).Value;
        _random = new CPythonRandom(seed);
    }

    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action)
    {
        IReadOnlyList<NetEdit> truth = NetworkOracle.Step(state, action).Delta;
        var predicted = new NetEdit[truth.Count];
        for (int i = 0; i < truth.Count; i++)
        {
            predicted[i] = _random.Random() < _probability ? Corrupt(truth[i]) : truth[i];
        }
        return new Proposal(predicted, 0.0);
    }

    private NetEdit Corrupt(NetEdit edit) => edit.Kind switch
    {
        NetEditKind.SetResult => edit with { Number = (edit.Number + 1) % 3 },
        NetEditKind.ClockAdvance => edit with { Number = 0 },
        NetEditKind.SvcUp or NetEditKind.SvcDown => edit with { Number = Next(_config.Ports, edit.Number) },
        _ => edit with { First = Next(_config.Hosts, edit.First) },
    };

    private static T Next<T>(IReadOnlyList<T> values, T current)
    {
        int index = 0;
        while (index < values.Count && !EqualityComparer<T>.Default.Equals(values[index], current))
        {
            index++;
        }
        return values[(index + 1) % values.Count];
    }
}
