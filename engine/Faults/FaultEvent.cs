using Nexus.Engine.Events;

namespace Nexus.Engine.Faults;

/// <summary>The start or the end of a fault window, as an event on the loop.</summary>
internal sealed class FaultEvent(FaultWindow window, Network.Network network, bool begins) : IEventTarget
{
    public void Fire()
    {
        if (begins)
        {
            window.Begin(network);
        }
        else
        {
            window.Finish(network);
        }
    }
}
