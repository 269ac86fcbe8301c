namespace Nexus.Engine.Events;

/// <summary>More events were pending than the queue's stated limit allows.</summary>
public sealed class EventQueueFull(int capacityMax)
    : Exception($"event queue is full: {capacityMax} events pending (raise capacityMax, or look for a runaway producer)")
{
    /// <summary>The limit that was reached.</summary>
    public int CapacityMax { get; } = capacityMax;
}
