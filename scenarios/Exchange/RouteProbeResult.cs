namespace Nexus.Scenarios.Exchange;

/// <summary>What the direct free-rider's probe of every route of a server found: how many probes it sent
/// (every path with every method), over how many paths and methods, and each probe ("METHOD /path")
/// whose answer named a committed Fact.</summary>
public sealed record RouteProbeResult(int Probes, int Paths, int Methods, IReadOnlyList<string> Leaks);
