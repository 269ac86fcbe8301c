using System.Net.Http.Headers;

namespace Nexus.Experiments.Boundary.Clients;

/// <summary>An HTTP client for a running <c>nexus serve</c>: its address, and the bearer token every
/// request carries when the server was started with one (<c>--token-file</c>).</summary>
public static class ServerConnection
{
    /// <summary>A client of the server at <paramref name="address"/>, sending <paramref name="token"/> (none when null).</summary>
    public static HttpClient Open(Uri address, string? token, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = address };
        if (timeout is { } limit)
        {
            http.Timeout = limit;
        }
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }
}
