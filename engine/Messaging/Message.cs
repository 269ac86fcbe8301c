namespace Nexus.Engine.Messaging;

/// <summary>One message handed to the network: its id (the order of sends in the run), its ends,
/// what delivery it asked for, and an opaque payload the network never looks into.</summary>
public sealed record Message(long Id, NodeId From, NodeId To, DeliveryMode Mode, object? Payload);
