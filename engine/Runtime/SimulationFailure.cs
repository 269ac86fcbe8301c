using System.Globalization;
using Nexus.Engine.Time;

namespace Nexus.Engine.Runtime;

/// <summary>A simulated process failed; carries its name, the virtual time and the cause.</summary>
public sealed class SimulationFailure(string processName, SimTime time, Exception cause)
    : Exception(string.Format(CultureInfo.InvariantCulture,
        "process '{0}' failed at virtual time {1}: {2}", processName, time, cause.Message), cause)
{
    /// <summary>The process that failed.</summary>
    public string ProcessName { get; } = processName;

    /// <summary>When it failed.</summary>
    public SimTime Time { get; } = time;
}
