namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The remote API's answer: an HTTP-like status, the Fact ids the route returns, and the refusal if any.</summary>
public sealed record EndpointResponse(int Status, IReadOnlyList<string> FactIds, string Error)
{
    /// <summary>No such route (404) or method (405): nothing was done.</summary>
    public static EndpointResponse NoRoute(int status, string path) => new(status, [], "no route " + path);
}
