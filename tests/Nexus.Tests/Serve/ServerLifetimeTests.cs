using System.Net.Sockets;
using Nexus.Experiments.Boundary.Server;

namespace Nexus.Tests.Serve;

/// <summary>A server started inside the tests takes a free port and leaves nothing behind.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class ServerLifetimeTests
{
    [Test]
    public void A_server_on_port_zero_listens_on_a_free_port_and_releases_it_when_disposed()
    {
        ServedStores.Run(async () =>
        {
            Uri address;
            await using (StoreServer server = await StoreServer.StartAsync(ServedStores.Options("local")))
            {
                address = server.Address;
                Assert.That(address.Port, Is.Not.Zero);
                using var open = new TcpClient();
                await open.ConnectAsync(address.Host, address.Port);
                Assert.That(open.Connected, Is.True);
            }
            using var closed = new TcpClient();
            Assert.ThrowsAsync<SocketException>(async () => await closed.ConnectAsync(address.Host, address.Port), "the port is still open");
        });
    }

    [Test]
    public void Two_servers_on_port_zero_get_different_ports()
    {
        ServedStores.Run(async () =>
        {
            await using StoreServer first = await StoreServer.StartAsync(ServedStores.Options("local"));
            await using StoreServer second = await StoreServer.StartAsync(ServedStores.Options("local"));
            Assert.That(second.Address.Port, Is.Not.EqualTo(first.Address.Port));
        });
    }

    [Test]
    public void A_port_in_use_is_one_error_line()
    {
        ServedStores.Run(async () =>
        {
            await using StoreServer taken = await StoreServer.StartAsync(ServedStores.Options("local"));
            string port = taken.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (int exitCode, string output) = Experiments.NexusProcess.RunIn(RepositoryPaths.Root, "serve", "--profile", "configs/profiles/local.yaml", "--port", port);
            Assert.That(exitCode, Is.EqualTo(2), output);
            Assert.That(output.Trim(), Does.StartWith("error: ").And.Contain(port));
            Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1), output);
        });
    }
}
