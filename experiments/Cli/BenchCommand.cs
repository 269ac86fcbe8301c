using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Benchmarks;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus bench</c> and its subcommands.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var events = new Option<long>("--events") { Description = "Events timed per round and configuration", DefaultValueFactory = _ => 4_000_000 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds per configuration; the best is kept", DefaultValueFactory = _ => 3 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the exponential draws", DefaultValueFactory = _ => 1 };
        var engine = new Command("engine",
            "Hold-model benchmark of the event queue (16 to 1,048,576 pending) and of async processes on the " +
            "virtual runtime (M = 16 to 65,536), each beside .NET's PriorityQueue measured in this process. " +
            "Run it in Release: dotnet run -c Release --project experiments -- bench engine")
        {
            events, rounds, seed,
        };
        engine.SetAction(parse =>
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,10} {2,14} {3,14} {4,7} {5,12}",
                "benchmark", "size", "events/s", "baseline ev/s", "ratio", "bytes/event"));
            EngineBenchmark.Run(parse.GetValue(events), parse.GetValue(rounds), parse.GetValue(seed), row =>
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,10} {2,14:N0} {3,14:N0} {4,7:F2} {5,12:F3}",
                    row.Name, row.Pending, row.EventsPerSecond, row.BaselineEventsPerSecond, row.Ratio, row.BytesPerEvent)));
            return 0;
        });
        return new Command("bench", "Benchmarks that print a ratio against a baseline measured in the same run") { engine };
    }
}
