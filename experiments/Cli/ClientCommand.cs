using System.CommandLine;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus client cas</c>: one compare-and-swap against a running <c>nexus serve</c>, as a
/// separate process, so several processes can contend on one key.</summary>
internal static class ClientCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "The server's address, e.g. http://127.0.0.1:8787/", Required = true };
        var key = new Option<string>("--key") { Description = "The object key (not empty: the stores refuse an empty key)", Required = true };
        key.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && result.Tokens[0].Value.Length == 0)
            {
                result.AddError("--key must not be empty: the stores refuse an empty key");
            }
        });
        var expected = new Option<string>("--expected") { Description = "The state the key must hold (\"\" for absent)", DefaultValueFactory = _ => "" };
        var newState = new Option<string>("--new") { Description = "The state to set (\"\" deletes)", Required = true };
        var timeout = new Option<int>("--timeout-ms") { Description = "Give up this many milliseconds after sending", DefaultValueFactory = _ => 1000 }.Within(1, StoreWire.TimeoutMaxMilliseconds);
        var onInput = new Option<bool>("--start-on-input")
        {
            Description = "Connect, print 'ready', and send the swap only when a line arrives on standard input, so several processes can start at once",
        };
        var tokenFile = TokenFile.Create("File whose first line is the server's bearer token, sent with the request");
        var cas = new Command("cas", "One compare-and-swap; prints won, lost (the key held another state), conflict, unavailable or timeout")
        {
            server, key, expected, newState, timeout, onInput, tokenFile,
        };
        cas.SetAction(parse =>
        {
            using HttpClient http = ServerConnection.Open(ServerAddress.Parse(parse.GetValue(server)), TokenFile.Read(parse.GetValue(tokenFile)));
            StoreSet stores = HttpStores.Connect(http, TimeSpan.FromMilliseconds(parse.GetValue(timeout)));
            string objectKey = parse.GetValue(key)!;
            if (parse.GetValue(onInput))
            {
                // A read opens the connection, so the swap itself goes out at once.
                stores.Object.GetStateAsync(objectKey).AsTask().GetAwaiter().GetResult();
                Console.WriteLine("ready");
                Console.ReadLine();
            }
            StoreResult<bool> result = stores.Object.PutStateAsync(objectKey, parse.GetValue(expected)!, parse.GetValue(newState)!).AsTask().GetAwaiter().GetResult();
            Console.WriteLine(result.IsOk ? result.Value ? "won" : "lost" : result.Status.ToString().ToLowerInvariant());
            return 0;
        });
        return new Command("client", "Requests to a running nexus serve, from a process of their own") { cas };
    }
}
