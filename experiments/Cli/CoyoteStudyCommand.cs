using System.CommandLine;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Coyote;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus coyote-study CONFIG</c>: hunts every seeded bug with every Coyote strategy and with
/// the swarm search on virtual time, and writes how many iterations each took.</summary>
internal static class CoyoteStudyCommand
{
    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "A strategy-study config, e.g. configs/coyote/seeded-bugs.yaml (keys: configs/README.md)" };
        var outputDirectory = new Option<DirectoryInfo>("--output-dir") { Description = "Where the CSV and figure go", DefaultValueFactory = _ => new DirectoryInfo("figures") };
        var shard = SweepOptions.Shard();
        var workers = SweepOptions.Workers();
        var command = new Command("coyote-study",
            "Hunt each seeded bug of the hunt catalogue (the scenario library's copy rewritten for Coyote) with each strategy under each Coyote seed, and with the " +
            "simulator's swarm search on virtual time: writes NAME-iterations.csv and .png (iterations to the first bug), prints " +
            "medians with wall-clock seconds. Outputs appear only once complete.")
        {
            config, outputDirectory, shard, workers,
        };
        command.OnlyWith(shard, outputDirectory, SweepOptions.ShardNeedsOutput);
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(config)!;
            CoyoteStudy study = CoyoteStudyLoader.Load(file.Exists ? file.ToString() : throw new FileNotFoundException($"no such study config '{file}'", file.ToString()));
            DirectoryInfo output = parse.GetValue(outputDirectory)!;
            Shard? part = SweepOptions.ReadShard(parse, shard);
            OutputPlace.RequireWritableDirectory(output.ToString(), "--output-dir");
            StrategyStudySweep plan = StrategyStudySweep.Open(study, Console.Write);
            var progress = new ProgressReporter(Console.IsErrorRedirected, "hunts");
            IReadOnlyList<HuntResult?> results = SweepExecutor.Run(plan.Units, plan.RunUnit, part, parse.GetValue(workers), progress.Report);
            progress.Finish();
            foreach (string path in plan.Finish(results, part, output.FullName))
            {
                Console.WriteLine("wrote " + Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
            }
            return 0;
        });
        return command;
    }
}
