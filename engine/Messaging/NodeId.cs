namespace Nexus.Engine.Messaging;

/// <summary>A node of an emulated network: its index in the order nodes were added.</summary>
public readonly record struct NodeId(int Index)
{
    /// <summary>The index, for traces.</summary>
    public override string ToString() => "n" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
