using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearRegression;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>A world model learned from oracle-labelled transitions. Per command, a linear classifier
/// (one-vs-rest least squares, MathNet's SVD solver) over <see cref="ActionFeatures"/> chooses the
/// outcome: the command's effect, a no-op, exit 1 or exit 2; at an advance, a second classifier decides
/// for each open flow whether it is dropped. Its signal is 1 − the margin between the two best scores.</summary>
public sealed class LearnedProposer : IProposer
{
    private const int Classes = 4; // effect, no-op, exit 1, exit 2

    private static readonly RuleProposer Effects = new();

    private readonly Dictionary<NetCommand, Matrix<double>> _weights;
    private readonly Vector<double>? _dropWeights;

    private LearnedProposer(Dictionary<NetCommand, Matrix<double>> weights, Vector<double>? dropWeights)
    {
        _weights = weights;
        _dropWeights = dropWeights;
    }

    /// <summary>Trains on <paramref name="steps"/>-step rollouts of every driver over <paramref name="config"/>, one per seed.</summary>
    public static LearnedProposer Train(NetworkConfig config, IEnumerable<int> seeds, int steps)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var rows = new Dictionary<NetCommand, (List<double[]> X, List<double[]> Y)>();
        var dropX = new List<double[]>();
        var dropY = new List<double>();
        foreach (int seed in seeds)
        {
            foreach (string driver in NetworkDriver.Names)
            {
                var driverRandom = new NetworkDriver(driver, config, seed);
                NetworkState state = NetworkState.Initial(config);
                for (int t = 0; t < steps; t++)
                {
                    NetAction action = driverRandom.Sample(state);
                    NetTransition transition = NetworkOracle.Step(state, action);
                    if (!rows.TryGetValue(action.Command, out var data))
                    {
                        rows[action.Command] = data = ([], []);
                    }
                    double[] label = new double[Classes];
                    label[ClassOf(transition)] = 1.0;
                    data.X.Add(ActionFeatures.Of(state, action));
                    data.Y.Add(label);
                    if (action.Command == NetCommand.Advance)
                    {
                        foreach (Flow flow in state.Flows)
                        {
                            dropX.Add(ActionFeatures.OfFlow(state, flow));
                            dropY.Add(transition.Delta.Contains(NetEdit.FlowClose(flow.Src, flow.Dst, flow.Port)) ? 1.0 : 0.0);
                        }
                    }
                    state = transition.Next;
                }
            }
        }
        var weights = rows.ToDictionary(entry => entry.Key, entry => MultipleRegression.DirectMethod(
            Matrix<double>.Build.DenseOfRowArrays(entry.Value.X), Matrix<double>.Build.DenseOfRowArrays(entry.Value.Y), DirectRegressionMethod.Svd));
        Vector<double>? drop = dropX.Count == 0 ? null : MultipleRegression.DirectMethod(
            Matrix<double>.Build.DenseOfRowArrays(dropX), Vector<double>.Build.DenseOfEnumerable(dropY), DirectRegressionMethod.Svd);
        return new LearnedProposer(weights, drop);
    }

    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!_weights.TryGetValue(action.Command, out Matrix<double>? weights))
        {
            return new Proposal([NetEdit.SetResult(0)], 1.0);
        }
        Vector<double> scores = weights.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(ActionFeatures.Of(state, action)));
        int best = scores.MaximumIndex();
        double margin = scores[best] - scores.Where((_, i) => i != best).Max();
        double signal = Math.Clamp(1.0 - margin, 0.0, 1.0);
        if (action.Command == NetCommand.Advance)
        {
            var edits = new List<NetEdit> { NetEdit.ClockAdvance(1) };
            edits.AddRange(state.Flows.Where(flow => _dropWeights is not null
                && _dropWeights.DotProduct(Vector<double>.Build.DenseOfArray(ActionFeatures.OfFlow(state, flow))) > 0.5)
                .Select(flow => NetEdit.FlowClose(flow.Src, flow.Dst, flow.Port)));
            edits.Add(NetEdit.SetResult(0));
            return new Proposal(edits, signal);
        }
        IReadOnlyList<NetEdit> effect = Effects.Propose(state, action).Delta;
        NetEdit[] delta = best switch
        {
            0 => [.. effect],
            1 => [NetEdit.SetResult(0)],
            2 => [NetEdit.SetResult(1)],
            _ => [NetEdit.SetResult(2)],
        };
        return new Proposal(delta, signal);
    }

    /// <summary>The one-step delta-exact rate of <paramref name="proposer"/>: over rollouts of every driver, one
    /// per seed, the share of steps whose proposed delta equals the oracle's from the true state.</summary>
    public static double OneStepAccuracy(IProposer proposer, NetworkConfig config, IEnumerable<int> seeds, int steps)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        ArgumentNullException.ThrowIfNull(seeds);
        int exact = 0;
        int total = 0;
        foreach (int seed in seeds)
        {
            foreach (string driver in NetworkDriver.Names)
            {
                NetworkState state = NetworkState.Initial(config);
                foreach (var (action, transition) in NetworkRollout.Run(config, driver, seed, steps))
                {
                    exact += NetworkMetrics.DeltaExact(proposer.Propose(state, action).Delta, transition.Delta) ? 1 : 0;
                    total++;
                    state = transition.Next;
                }
            }
        }
        return total == 0 ? 1.0 : (double)exact / total;
    }

    private static int ClassOf(NetTransition transition) =>
        transition.ExitCode switch
        {
            2 => 3,
            1 => 2,
            _ => transition.Delta.Count > 1 ? 0 : 1,
        };
}
