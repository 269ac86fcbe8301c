using System.Net;
using System.Net.Http.Headers;
using Nexus.Experiments.Boundary.Server;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Serve;

/// <summary>Where <c>nexus serve</c> listens: loopback unless told otherwise, and beyond loopback only
/// behind a bearer token that every request must carry; one without it gets 401 and changes nothing.</summary>
[NonParallelizable] // on the real clock: alone
public sealed class ListenTests
{
    private const string Token = "test-token-0123456789abcdef";

    [Test]
    public void Listening_on_every_address_without_a_token_is_refused_with_one_error_line()
    {
        (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "serve", "--profile", "configs/profiles/local.yaml", "--port", "0", "--listen", "0.0.0.0");
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1), output);
        Assert.That(output, Does.Contain("--listen 0.0.0.0").And.Contain("--token-file"));
        Assert.Throws<ArgumentException>(() => new StoreServerOptions(null) { Listen = IPAddress.Any }.Validate());
    }

    [Test]
    public void With_a_token_a_request_without_it_gets_401_and_changes_nothing() => ServedStores.Run(async () =>
    {
        await using StoreServer server = await StoreServer.StartAsync(ServedStores.Options("local") with { Listen = IPAddress.Any, Token = Token });
        Assert.That(server.Address.Host, Is.EqualTo("0.0.0.0"));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Address.Port}/") };
        foreach (string? presented in new[] { null, "Bearer wrong-token-0123456789", "Basic " + Token, Token })
        {
            using HttpResponseMessage refused = await PutAsync(http, presented);
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), presented ?? "no header");
            Assert.That(refused.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Authorization: Bearer"));
        }
        Assert.That((await server.OnTargetAsync(StoreSnapshot.Of)).KeyValue, Is.Empty, "a refused request changed the stores");
        using HttpResponseMessage taken = await PutAsync(http, "Bearer " + Token);
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await server.OnTargetAsync(StoreSnapshot.Of)).KeyValue, Does.ContainKey("k"));
    });

    [Test]
    public void The_command_reads_the_token_from_a_file_and_serves_beyond_loopback_with_it() => WithTokenFile(file =>
    {
        (RunningNexus server, Uri address) = RunningNexus.Serve("--profile", "configs/profiles/local.yaml", "--listen", "0.0.0.0", "--token-file", file);
        using (server)
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{address.Port}/") };
            using HttpResponseMessage refused = PutAsync(http, null).GetAwaiter().GetResult();
            using HttpResponseMessage taken = PutAsync(http, "Bearer " + Token).GetAwaiter().GetResult();
            Assert.That((refused.StatusCode, taken.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
        }
    });

    [Test]
    public void The_client_and_the_attack_carry_the_token_from_a_file() => WithTokenFile(file =>
    {
        (RunningNexus stores, Uri storesAddress) = RunningNexus.Serve("--profile", "configs/profiles/local.yaml", "--token-file", file);
        using (stores)
        {
            string[] cas = ["client", "cas", "--server", storesAddress.ToString(), "--key", "k", "--new", "v"];
            (int refusedExit, string refused) = NexusProcess.RunIn(RepositoryPaths.Root, cas);
            Assert.That(refusedExit, Is.EqualTo(2), refused);
            Assert.That(refused, Does.Contain("(401)"));
            Assert.That(NexusProcess.RunIn(RepositoryPaths.Root, [.. cas, "--token-file", file]), Is.EqualTo((0, "won\n")));
        }
        (RunningNexus board, Uri boardAddress) = RunningNexus.Serve("--blackboard", "--profile", "configs/profiles/local.yaml", "--token-file", file);
        using (board)
        {
            (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "attack", "configs/attacks/exchange-contract.yaml",
                "--server", boardAddress.ToString(), "--time-scale", "0.05", "--token-file", file);
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("direct-free-riding: BLOCKED").And.Contain("poison-injection: BLOCKED"));
        }
    });

    /// <summary>Runs <paramref name="body"/> with a file holding <see cref="Token"/>, deleted afterwards.</summary>
    private static void WithTokenFile(Action<string> body)
    {
        string file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "serve-token-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, Token + "\n");
        try
        {
            body(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient http, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/kv?key=k") { Content = new StringContent("{\"value\":\"v\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(StoreWire.TimeoutHeader, "1000");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return http.SendAsync(request);
    }
}
