using System.CommandLine;
using Nexus.Experiments.Cli;

var root = new RootCommand("nexus: deterministic discrete-event simulation of multi-agent storage and network protocols")
{
    BenchCommand.Create(),
    SimulateCommand.Create(),
    RunCommand.Create(),
    CheckCommand.Create(),
    AttackCommand.Create(),
    CoyoteStudyCommand.Create(),
    HuntsCommand.Create(),
    MergeCommand.Create(),
    ServeCommand.Create(),
    ClientCommand.Create(),
    ProofCommands.Keygen(),
    ProofCommands.Verify(),
};
ParseResult parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }
    return UserError.ExitCode;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception error) when (UserError.Describe(error) is { } line)
{
    Console.Error.WriteLine("error: " + line);
    return UserError.ExitCode;
}
