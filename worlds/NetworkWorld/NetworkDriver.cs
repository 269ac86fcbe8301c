using System.Globalization;
using System.Numerics;
using Nexus.Engine.Randomness;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A driver (the reference implementation's drivers): draws a command by weight with one <c>random()</c>, then its
/// arguments from the configuration (and, for <c>close</c>, the state's flows), in the reference's exact
/// generator order, from <c>Random(seed)</c>.</summary>
public sealed class NetworkDriver
{
    private static readonly Dictionary<string, double[]> WeightsByName = new(StringComparer.Ordinal)
    {
        ["uniform"] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        ["weighted"] = [0.5, 0.5, 3.0, 1.0, 3.0, 1.0, 1.0, 0.5, 3.0, 1.0, 1.5],
        ["adversarial"] = [0.5, 2.0, 1.0, 3.0, 1.0, 2.0, 3.0, 0.5, 1.5, 1.0, 3.0],
    };

    private readonly NetworkConfig _config;
    private readonly CPythonRandom _random;
    private readonly double[] _cumulative;
    private readonly string[] _ports;

    /// <summary>The driver <paramref name="name"/> (uniform, weighted or adversarial) over <paramref name="config"/>.</summary>
    public NetworkDriver(string name, NetworkConfig config, BigInteger seed)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!WeightsByName.TryGetValue(name, out double[]? weights))
        {
            throw new ArgumentException($"unknown driver '{name}' (known: {string.Join(", ", Names)})", nameof(name));
        }
        Name = name;
        _config = config;
        _random = new CPythonRandom(seed);
        _cumulative = new double[weights.Length];
        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
        _ports = [.. config.Ports.Select(port => port.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>The known driver names.</summary>
    public static IEnumerable<string> Names => WeightsByName.Keys.Order(StringComparer.Ordinal);

    /// <summary>This driver's name.</summary>
    public string Name { get; }

    /// <summary>The next action for <paramref name="state"/>.</summary>
    public NetAction Sample(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var command = (NetCommand)_random.ChooseIndex(_cumulative);
        string name = NetAction.NameOf(command);
        string text = command switch
        {
            NetCommand.Advance => name,
            NetCommand.HostUp or NetCommand.HostDown => $"{name} {_random.Choice(_config.Hosts)}",
            NetCommand.LinkUp or NetCommand.LinkDown or NetCommand.FwDeny or NetCommand.FwAllow => $"{name} {Pair()}",
            NetCommand.SvcUp or NetCommand.SvcDown => $"{name} {_random.Choice(_config.Hosts)} {_random.Choice(_ports)}",
            NetCommand.Close when state.Flows.Length > 0 => Close(state),
            _ => $"{name} {Pair()} {_random.Choice(_ports)}",
        };
        return NetAction.Parse(text);
    }

    private string Pair()
    {
        string[] pair = _random.Sample(_config.Hosts, 2);
        return pair[0] + " " + pair[1];
    }

    private string Close(NetworkState state)
    {
        Flow flow = _random.Choice(state.Flows);
        return string.Create(CultureInfo.InvariantCulture, $"close {flow.Src} {flow.Dst} {flow.Port}");
    }
}
