using System.CommandLine;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Loops;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus run CONFIG</c>: runs a loop sweep and writes its CSV and figures.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "A sweep config, e.g. configs/horizon-by-proposer.yaml (keys: configs/README.md)" };
        var outputDirectory = new Option<DirectoryInfo>("--output-dir") { Description = "Where the CSV and figures go", DefaultValueFactory = _ => new DirectoryInfo("figures") };
        var shard = SweepOptions.Shard();
        var workers = SweepOptions.Workers();
        var run = new Command("run",
            "Run a propose -> verify -> correct sweep from a config: writes NAME.csv (H_eps per proposer, eps and rho, with bootstrap intervals) " +
            "and NAME-eps-E.png/.svg per eps. Outputs appear only once complete.")
        {
            config, outputDirectory, shard, workers,
        };
        run.OnlyWith(shard, outputDirectory, SweepOptions.ShardNeedsOutput);
        run.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(config)!;
            Shard? part = SweepOptions.ReadShard(parse, shard);
            OutputPlace.RequireWritableDirectory(parse.GetValue(outputDirectory)!.ToString(), "--output-dir");
            LoopSweepConfig sweep = LoopSweepConfigLoader.Load(file.ToString());
            var plan = new LoopSweep(sweep, file.ToString());
            var progress = new ProgressReporter(Console.IsErrorRedirected);
            IReadOnlyList<LoopUnitResult?> results;
            try
            {
                results = plan.Run(part, parse.GetValue(workers), progress.Report);
            }
            catch (ExternalProposerError error)
            {
                progress.Finish();
                Console.Error.WriteLine("error: " + error.Message + " (nothing was written)");
                return 3;
            }
            progress.Finish();
            IReadOnlyList<string> written = plan.Finish(results, part, parse.GetValue(outputDirectory)!.FullName);
            Console.WriteLine($"wrote {string.Join(", ", written.Select(path => Path.GetRelativePath(Environment.CurrentDirectory, path)))}");
            return 0;
        });
        return run;
    }
}
