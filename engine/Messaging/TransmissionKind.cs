namespace Nexus.Engine.Messaging;

/// <summary>What a transmission carries.</summary>
internal enum TransmissionKind
{
    Data,
    Acknowledgement,
}
