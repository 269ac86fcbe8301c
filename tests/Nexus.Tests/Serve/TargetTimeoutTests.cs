using System.Net;
using System.Net.Http.Json;
using System.Text;
using Nexus.Engine.Distributions;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Server;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Serve;

/// <summary>A target-side timeout over HTTP, as docs/serve.md promises: a request whose emulated round
/// trip cannot finish before the deadline in its timeout header is answered 504 with
/// <c>{"error":"timeout"}</c>, applies nothing when it could not reach the target in time, and the .NET
/// client reads it as <see cref="StoreStatus.Timeout"/>.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class TargetTimeoutTests
{
    /// <summary>Every key-value request takes two simulated seconds to reach the target; the client gives up after 200 ms.</summary>
    private static StoreServerOptions SlowKeyValue()
    {
        TargetProfile local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));
        return new StoreServerOptions(local with { KeyValue = local.KeyValue with { Latency = DurationDistribution.Constant(SimDuration.FromSeconds(4)) } }, Port: 0, Seed: 1, TimeScale: 1);
    }

    [Test]
    public void A_request_that_cannot_reach_the_target_before_its_deadline_is_answered_504_and_applies_nothing() =>
        ServedStores.Run(() => ServedStores.WithAsync(SlowKeyValue(), async (server, _) =>
        {
            (HttpStatusCode status, string? error) = await PutThrough(server, hideTimeouts: false);

            Assert.That(status, Is.EqualTo(HttpStatusCode.GatewayTimeout));
            Assert.That(error, Is.EqualTo("timeout"));
            Assert.That((await server.OnTargetAsync(StoreSnapshot.Of)).KeyValue, Does.Not.ContainKey("k"), "a request dropped at its deadline was applied");
        }));

    [Test]
    public void The_dotnet_client_reads_a_504_as_a_timeout() =>
        ServedStores.Run(() => ServedStores.WithAsync(SlowKeyValue(), async (_, stores) =>
        {
            Assert.That((await stores.KeyValue.SetAsync("k", "v")).Status, Is.EqualTo(StoreStatus.Timeout));
        }, timeout: TimeSpan.FromMilliseconds(200)));

    [Test]
    public void The_check_catches_a_proxy_that_answers_a_target_timeout_as_unavailable() =>
        ServedStores.Run(() => ServedStores.WithAsync(SlowKeyValue(), async (server, _) =>
        {
            // The test-only bug: a proxy in front of the server that turns 504 into 503.
            HttpStatusCode status = (await PutThrough(server, hideTimeouts: true)).Status;

            Assert.That(status, Is.Not.EqualTo(HttpStatusCode.GatewayTimeout));
        }));

    private static async Task<(HttpStatusCode Status, string? Error)> PutThrough(StoreServer server, bool hideTimeouts)
    {
        using HttpClient http = hideTimeouts ? new HttpClient(new TimeoutHidingHandler { InnerHandler = new HttpClientHandler() }) : new HttpClient();
        http.BaseAddress = server.Address;
        using var request = new HttpRequestMessage(HttpMethod.Put, "/kv?key=k") { Content = new StringContent("{\"value\":\"v\"}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(StoreWire.TimeoutHeader, "200");
        using HttpResponseMessage response = await http.SendAsync(request);
        ErrorBody? body = await response.Content.ReadFromJsonAsync<ErrorBody>(StoreWire.Json);
        return (response.StatusCode, body?.Error);
    }

    /// <summary>Deliberately broken: answers a 504 from the server as 503.</summary>
    private sealed class TimeoutHidingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.GatewayTimeout)
            {
                response.StatusCode = HttpStatusCode.ServiceUnavailable;
            }
            return response;
        }
    }
}
