namespace Nexus.Engine.Messaging;

/// <summary>A set of nodes, the operand of the fault verbs. Kept sorted, so it reads the same in every trace.</summary>
public sealed class NodeSet
{
    private readonly NodeId[] _nodes;

    private NodeSet(IEnumerable<NodeId> nodes, bool mayBeEmpty = false)
    {
        _nodes = nodes.Distinct().OrderBy(node => node.Index).ToArray();
        if (_nodes.Length == 0 && !mayBeEmpty)
        {
            throw new ArgumentException("a node set must name at least one node", nameof(nodes));
        }
    }

    /// <summary>No node: the node sets of a fault whose target is not the network.</summary>
    internal static NodeSet None { get; } = new([], mayBeEmpty: true);

    /// <summary>The nodes given.</summary>
    public static NodeSet Of(params NodeId[] nodes) => new(nodes);

    /// <summary>The nodes given.</summary>
    public static NodeSet Of(IEnumerable<NodeId> nodes) => new(nodes);

    /// <summary>The members, in index order.</summary>
    public IReadOnlyList<NodeId> Members => _nodes;

    /// <summary>"{n0,n2}".</summary>
    public override string ToString() => "{" + string.Join(",", _nodes) + "}";
}
