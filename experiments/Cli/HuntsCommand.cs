using System.CommandLine;
using Nexus.Scenarios.Hunts;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus hunts</c>: the hunt catalogue's Coyote tests, one name per line
/// (<see cref="Hunt.CoyoteTestNames"/>), as the coyote command line names them; the hunt mode reads them
/// here (docs/coyote-hunts.md).</summary>
internal static class HuntsCommand
{
    public static Command Create()
    {
        var command = new Command("hunts",
            "List the hunt catalogue's Coyote tests, one per line: <Hunt>_Depth1 and <Hunt>_Depth2 for the correct orchestration, " +
            "<Hunt>_<SeededBug> for its seeded bug (docs/coyote-hunts.md).");
        command.SetAction(_ =>
        {
            foreach (string test in HuntCatalogue.All.SelectMany(hunt => hunt.CoyoteTestNames()))
            {
                Console.WriteLine(test);
            }
            return 0;
        });
        return command;
    }
}
