using System.CommandLine;
using Nexus.Experiments.Cli;

var root = new RootCommand("nexus: deterministic discrete-event simulation of multi-agent storage and network protocols")
{
    BenchCommand.Create(),
    SimulateCommand.Create(),
    RunCommand.Create(),
    CheckCommand.Create(),
};
return root.Parse(args).Invoke();
