using System.Text;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Experiments.Boundary.RemoteAttacks;

/// <summary>The direct free-rider's probe of a running server: every path any nexus server serves (the
/// blackboard's write routes, the read-shaped paths, the stores' routes, the root) with every method
/// and no body. A probe reads Facts when its answer names any Fact the honest agents got committed.</summary>
public static class RouteProbe
{
    /// <summary>The methods tried on every path.</summary>
    public static IReadOnlyList<HttpMethod> Methods { get; } = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    /// <summary>Every path tried.</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. new[]
    {
        "/", "/exchange", "/intents", "/intents/claim", "/intents/heartbeat", "/intents/release", "/intents/conclude",
        StoreWire.KeyValue, StoreWire.KeyValue + StoreWire.List, StoreWire.Commit, StoreWire.Commit + StoreWire.List,
        StoreWire.Blob, StoreWire.Blob + StoreWire.List, StoreWire.Object,
    }.Concat(AgentSurface.ReadPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>Probes the server at <paramref name="address"/> for any of <paramref name="committed"/>, as a
    /// client holding <paramref name="token"/> when the server wants one.</summary>
    public static async Task<RouteProbeResult> RunAsync(Uri address, IReadOnlyCollection<string> committed, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(committed);
        using HttpClient http = ServerConnection.Open(address, token);
        var leaks = new List<string>();
        int probes = 0;
        foreach (string path in Paths)
        {
            // The store routes take the key in the query: ask for everything.
            string target = StoreWire.IsStoreRoute(path) ? path + (path.EndsWith(StoreWire.List, StringComparison.Ordinal) ? "?prefix=" : "?key=head") : path;
            foreach (HttpMethod method in Methods)
            {
                using var request = new HttpRequestMessage(method, target);
                request.Headers.TryAddWithoutValidation(StoreWire.TimeoutHeader, "1000");
                using HttpResponseMessage response = await http.SendAsync(request);
                string body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                probes++;
                if (committed.Any(id => body.Contains(id, StringComparison.Ordinal)))
                {
                    leaks.Add(method.Method + " " + target);
                }
            }
        }
        return new RouteProbeResult(probes, Paths.Count, Methods.Count, leaks);
    }
}
