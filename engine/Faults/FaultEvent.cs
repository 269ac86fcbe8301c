using Nexus.Engine.Events;
using Nexus.Engine.Network;

namespace Nexus.Engine.Faults;

/// <summary>The start or the end of a fault window, as an event on the loop.</summary>
internal sealed class FaultEvent(FaultWindow window, EmulatedNetwork network, bool begins) : IEventTarget
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
