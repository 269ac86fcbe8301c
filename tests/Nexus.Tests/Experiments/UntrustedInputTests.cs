using System.Net;
using System.Net.Sockets;

namespace Nexus.Tests.Experiments;

/// <summary>Inputs that used to end in a stack trace (exit 134), or ran unbounded, are each one
/// <c>error:</c> line and exit code 2 (two mistakes on one command line too: the first): counts out of their documented range (NaN included), an empty key, a
/// missing config (which read "no such file ''"), an assembly that is not .NET, and an address that answers but is no store server.</summary>
public sealed class UntrustedInputTests
{
    [TestCase("--messages must lie in [0, 100000], got -1", "simulate", "network-sweep", "--messages", "-1", "--output", "never.csv")]
    [TestCase("--messages must lie in [0, 100000], got 100001", "simulate", "network", "--seed", "1", "--messages", "100001")]
    [TestCase("--nodes must lie in [2, 1000], got 1000000", "simulate", "network", "--seed", "1", "--nodes", "1000000")]
    [TestCase("--workers must lie in [1, 10000], got 0", "simulate", "storage", "--seed", "1", "--workers", "0")]
    [TestCase("--requests must lie in [0, 100000], got -5", "simulate", "storage", "--seed", "1", "--requests", "-5")]
    [TestCase("--time-scale must lie in [1E-06, 1000000], got NaN", "serve", "--profile", "configs/profiles/cf-workers.yaml", "--time-scale", "NaN")]
    [TestCase("Option '--seed' is required", "simulate", "network", "--nodes", "abc")]
    [TestCase("no such campaign config 'configs/attacks/nope.yaml'", "attack", "configs/attacks/nope.yaml")]
    [TestCase("--key must not be empty", "client", "cas", "--server", "http://127.0.0.1:9/", "--key", "", "--new", "a")]
    public void A_value_out_of_its_range_is_one_error_line_before_any_work(string message, params string[] arguments)
    {
        AssertOneErrorLine(NexusProcess.RunIn(RepositoryPaths.Root, arguments), message);
    }

    [Test]
    public void A_coyote_study_whose_assembly_is_not_dotnet_is_one_error_line()
    {
        string directory = Directory.CreateTempSubdirectory("nexus-study-").FullName;
        try
        {
            string assembly = Path.Combine(directory, "Nexus.Scenarios.dll");
            File.WriteAllText(assembly, "not an assembly");
            string config = Path.Combine(directory, "study.yaml");
            File.WriteAllText(config, $"name: study\nassembly: {assembly}\nprofile: {RepositoryPaths.Profile("cf-workers")}\n" +
                "strategies: [random]\ncoyote_seeds: [1]\niterations_max: 10\nswarm_seeds_max: 10\n");

            AssertOneErrorLine(NexusProcess.Run("coyote-study", config, "--output-dir", Path.Combine(directory, "out")),
                $"'{assembly}' is not the rewritten scenario library with its dependencies beside it");
            Assert.That(Directory.Exists(Path.Combine(directory, "out")), Is.False, "nothing written");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void A_client_pointed_at_a_server_that_is_not_a_store_server_says_so_in_one_line()
    {
        // A plain HTTP server that answers every request 404 with an HTML page.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task answering = Task.Run(async () =>
        {
            using TcpClient client = await listener.AcceptTcpClientAsync();
            using NetworkStream stream = client.GetStream();
            // Read the request's head, up to its blank line, before answering.
            using var reader = new StreamReader(stream, leaveOpen: true);
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
            }
            byte[] page = "<!DOCTYPE html>\n<html><body>Not Found</body></html>\n"u8.ToArray();
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n"));
            await stream.WriteAsync(page);
        });

        (int exitCode, string output) = NexusProcess.Run("client", "cas", "--server", $"http://127.0.0.1:{port}/", "--key", "k", "--new", "a");

        AssertOneErrorLine((exitCode, output), "refused the request (404): <!DOCTYPE html> (not a nexus store server's answer)");
        answering.Wait(TimeSpan.FromSeconds(10));
    }

    private static void AssertOneErrorLine((int ExitCode, string Output) run, string message)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(1), run.Output);
        Assert.That(lines[0], Does.StartWith("error: ").And.Contain(message));
    }
}
