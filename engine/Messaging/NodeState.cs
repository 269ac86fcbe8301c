namespace Nexus.Engine.Messaging;

/// <summary>What the network knows of one node: whether it is up, which incarnation it is in (a crash
/// starts a new one, so nothing addressed to the old one is ever delivered), and its receiver.</summary>
internal sealed class NodeState(string name)
{
    public string Name { get; } = name;

    public bool Up { get; set; } = true;

    public int Incarnation { get; set; }

    public Action<Message>? Receiver { get; set; }
}
