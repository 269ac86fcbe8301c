using System.CommandLine;
using System.Globalization;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Loops;
using Nexus.Experiments.Output;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus run CONFIG</c>: runs a loop sweep and writes its CSV and figures.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "A sweep config, e.g. configs/horizon-by-proposer.yaml (keys: configs/README.md)" };
        var outputDirectory = new Option<DirectoryInfo>("--output-dir") { Description = "Where the CSV and figures go", DefaultValueFactory = _ => new DirectoryInfo("figures") };
        var run = new Command("run",
            "Run a propose -> verify -> correct sweep from a config: writes NAME.csv (H_eps per proposer, eps and rho, with bootstrap intervals) " +
            "and NAME-eps-E.png/.svg per eps. Outputs appear only once complete.")
        {
            config, outputDirectory,
        };
        run.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(config)!;
            LoopSweepConfig sweep;
            try
            {
                sweep = LoopSweepConfigLoader.Load(file.FullName);
            }
            catch (Exception error) when (error is ConfigError or FileNotFoundException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 2;
            }
            string directory = parse.GetValue(outputDirectory)!.FullName;
            Directory.CreateDirectory(directory);
            var progress = new ProgressReporter(Console.IsErrorRedirected);
            IReadOnlyList<HorizonRow> rows;
            try
            {
                rows = LoopSweep.Run(sweep, progress.Report);
            }
            catch (ExternalProposerError error)
            {
                progress.Finish();
                Console.Error.WriteLine("error: " + error.Message + " (nothing was written)");
                return 3;
            }
            progress.Finish();
            string csv = Path.Combine(directory, sweep.Name + ".csv");
            CsvFile.Write(csv, rows);
            foreach (double epsilon in sweep.Epsilons.Order())
            {
                string stem = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{sweep.Name}-eps-{epsilon}"));
                HorizonFigure.Write(rows, epsilon, $"{sweep.Name}: faithful horizon ({string.Join(", ", sweep.Modes)}; {sweep.Policy} policy)", stem, sweep.Steps,
                    againstBits: sweep.FigureX == "oracle_bits");
            }
            Console.WriteLine($"wrote {rows.Count} rows to {csv} and {sweep.Epsilons.Count} figures (png, svg)");
            return 0;
        });
        return run;
    }
}
