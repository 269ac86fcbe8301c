namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The blackboard's remote API as a client reaches it: in process (<see cref="BlackboardEndpoint"/>)
/// or over HTTP (the HTTP client of the boundary, to a running <c>nexus serve --blackboard</c>).</summary>
public interface IBlackboardRoutes
{
    /// <summary>Sends <paramref name="request"/> and returns the answer.</summary>
    Task<EndpointResponse> SendAsync(EndpointRequest request);
}
