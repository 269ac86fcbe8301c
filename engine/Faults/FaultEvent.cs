using Nexus.Engine.Events;

namespace Nexus.Engine.Faults;

/// <summary>The start or the end of a fault window, as an event on the runtime.</summary>
internal sealed class FaultEvent(FaultWindow window, IFaultTarget target, bool begins) : EventTarget
{
    public override void Fire()
    {
        if (begins)
        {
            target.Begin(window);
        }
        else
        {
            target.End(window);
        }
    }
}
