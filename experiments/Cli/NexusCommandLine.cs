using System.CommandLine;

namespace Nexus.Experiments.Cli;

/// <summary>The <c>nexus</c> command line: every command, and how one invocation answers.</summary>
public static class NexusCommandLine
{
    /// <summary>The root command with every command beneath it.</summary>
    public static RootCommand Root() => new("nexus: deterministic discrete-event simulation of multi-agent storage and network protocols")
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

    /// <summary>Runs <paramref name="args"/>: its exit code. A mistake in them, found while parsing or while
    /// working, is one line, the first mistake found, and exit code 2.</summary>
    public static int Run(string[] args)
    {
        ParseResult parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One mistake can show as several parse errors (a bad value, then the option it left missing): the first says it.
            Console.Error.WriteLine("error: " + parse.Errors[0].Message);
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
    }
}
