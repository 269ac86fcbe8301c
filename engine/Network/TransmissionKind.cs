namespace Nexus.Engine.Network;

/// <summary>What a transmission carries.</summary>
internal enum TransmissionKind
{
    Data,
    Acknowledgement,
}
