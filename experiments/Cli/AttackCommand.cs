using System.CommandLine;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Boundary.RemoteAttacks;
using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus attack CONFIG</c>: runs an attack campaign and writes its violation matrix.</summary>
internal static class AttackCommand
{
    /// <summary>Exit code when a cell at depth 1 is VIOLATED.</summary>
    public const int ViolatedExitCode = 1;

    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "A campaign config, e.g. configs/attacks/exchange-contract.yaml (keys: configs/README.md)" };
        var outputDirectory = new Option<DirectoryInfo>("--output-dir") { Description = "Where the matrix goes", DefaultValueFactory = _ => new DirectoryInfo("figures") };
        var scenario = new Option<string?>("--scenario") { Description = "Run only this scenario (prints, writes nothing)" };
        var depth = new Option<string?>("--depth") { Description = "Run only this depth (prints, writes nothing)" };
        var seed = new Option<int?>("--seed") { Description = "Run only this seed of the bank (prints, writes nothing)" };
        var foundation = new Option<string?>("--foundation") { Description = "Run on this weaker foundation, as the gap report does, to replay its evidence (prints, writes nothing)" };
        var key = new Option<FileInfo?>("--key") { Description = "Sign the proof (NAME-proof.json, a DSSE envelope around an in-toto statement) with this private key (nexus keygen)" };
        var server = new Option<string?>("--server")
        {
            Description = "Attack a running nexus serve --blackboard at this address instead: each scenario's boundary attackers beside the honest agents, as HTTP clients (prints, writes nothing)",
        };
        var timeScale = new Option<double>("--time-scale") { Description = "With --server: real seconds per configured second of the agents' think times", DefaultValueFactory = _ => 1 }.Within(1e-6, 1e6);
        var tokenFile = TokenFile.Create("With --server: file whose first line is the server's bearer token, sent by every agent and probe");
        var shard = SweepOptions.Shard();
        var workers = SweepOptions.Workers();
        var attack = new Command("attack",
            "Run the attack scenarios of a campaign at every depth over its seed bank: writes NAME-matrix.csv, .md and .png " +
            "(scenario x depth -> verdict, with evidence). Exit 1 when a depth-1 cell is VIOLATED; 0, warning of each orchestration " +
            "gap, when only depth-2 cells are; 2 when a cell proved nothing. Outputs appear only once complete.")
        {
            config, outputDirectory, scenario, depth, seed, key, foundation, server, timeScale, tokenFile, shard, workers,
        };
        attack.OnlyWith(timeScale, server, "it paces the agents' think times against a server");
        attack.OnlyWith(tokenFile, server, "only a server takes a token");
        attack.OnlyWith(shard, outputDirectory, SweepOptions.ShardNeedsOutput);
        attack.NotWith(key, "only the whole campaign writes a proof", scenario, depth, seed, foundation, server);
        attack.NotWith(outputDirectory, "only the whole campaign writes outputs", scenario, depth, seed, foundation, server);
        attack.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(config)!;
            LoadedCampaign loaded = CampaignConfigLoader.Load(file.Exists ? file.ToString() : throw new FileNotFoundException($"no such campaign config '{file}'"));
            ICampaignWorld campaign = loaded.World;
            if (parse.GetValue(foundation) is string weaker)
            {
                RequireKnown(weaker, campaign.WeakerFoundations.Select(f => f.Name), "--foundation");
                campaign = campaign.WeakerFoundations.Single(f => f.Name == weaker).World;
            }
            if (parse.GetValue(server) is string address)
            {
                return campaign is AttackCampaign exchange
                    ? AttackServer(exchange, address, TokenFile.Read(parse.GetValue(tokenFile)), (ulong)(parse.GetValue(seed) ?? exchange.Seeds[0]), parse.GetValue(timeScale))
                    : throw new OptionError($"--server: the {campaign.Name} campaign's world has no server surface; only the exchange contract's blackboard is served");
            }
            var selection = new CampaignSelection(parse.GetValue(scenario), parse.GetValue(depth), parse.GetValue(seed));
            RequireKnown(selection.Scenario, campaign.Scenarios.Select(s => s.Name), "--scenario");
            RequireKnown(selection.Depth, campaign.Depths.Select(d => d.Name), "--depth");
            RequireKnown(selection.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture), campaign.Seeds.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)), "--seed");
            if (parse.GetValue(key) is FileInfo keyFile)
            {
                // Read before the campaign runs, so a bad key fails in a second rather than after the run.
                SigningKey.LoadPrivate(keyFile.FullName).Dispose();
            }
            Shard? part = SweepOptions.ReadShard(parse, shard);
            bool whole = selection.IsAll && parse.GetValue(foundation) is null;
            if (part is not null && !whole)
            {
                throw new OptionError("--shard runs a slice of the whole campaign: drop --scenario, --depth, --seed and --foundation");
            }
            string directory = parse.GetValue(outputDirectory)!.FullName;
            if (whole)
            {
                OutputPlace.RequireWritableDirectory(parse.GetValue(outputDirectory)!.ToString(), "--output-dir");
            }
            var progress = new ProgressReporter(Console.IsErrorRedirected, "runs");
            var plan = CampaignSweep.Open(loaded, parse.GetValue(key)?.FullName, Console.Write);
            IReadOnlyList<CampaignUnitResult?> results = whole ? SweepExecutor.Run(plan.Units, plan.RunUnit, part, parse.GetValue(workers), progress.Report) : [];
            if (part is not null)
            {
                progress.Finish();
                Console.WriteLine("wrote " + string.Join(", ", plan.Finish(results, part, directory)));
                return 0;
            }
            IReadOnlyList<CellVerdict> cells = whole ? plan.Runs(results!).Cells : CampaignCells.Run(campaign, selection, progress.Report);
            progress.Finish();
            Console.Write(ViolationMatrix.Markdown(campaign, cells));
            CellVerdict[] vacuous = [.. cells.Where(cell => cell.Verdict == Verdict.Error)];
            foreach (CellVerdict cell in vacuous)
            {
                SeedVerdict failure = cell.FirstFailure!;
                Console.Error.WriteLine($"error: {cell.Scenario.Name} at {cell.Depth.Name}, seed {failure.Seed}: {failure.Vacuity}: the cell proves nothing (nothing was written)");
            }
            if (vacuous.Length > 0)
            {
                return UserError.ExitCode;
            }
            if (whole)
            {
                IReadOnlyList<string> written = plan.Write(results!, directory);
                Console.WriteLine($"wrote {string.Join(", ", written)}");
            }
            CellVerdict[] violated = [.. cells.Where(cell => cell.Verdict == Verdict.Violated)];
            // A gap is a scenario violated under the production boundary only: one violated at depth 1 too is no gap of the orchestration.
            HashSet<string> atDepthOne = [.. violated.Where(cell => cell.AtDepthOne).Select(cell => cell.Scenario.Name)];
            foreach (CellVerdict gap in violated.Where(cell => !cell.AtDepthOne && !atDepthOne.Contains(cell.Scenario.Name)))
            {
                Console.Error.WriteLine($"warning: orchestration gap: {gap.Scenario.Name} is VIOLATED at {gap.Depth.Name} only under the production boundary " +
                    $"(first: seed {gap.FirstFailure!.Seed}: {gap.FirstFailure.Detail})");
            }
            return violated.Any(cell => cell.AtDepthOne) ? ViolatedExitCode : 0;
        });
        return attack;
    }

    /// <summary>The campaign's boundary attacks against the server at <paramref name="address"/>: exit 1 when one is VIOLATED, 2 when one proves nothing.</summary>
    private static int AttackServer(AttackCampaign campaign, string address, string? token, ulong seed, double timeScale)
    {
        IReadOnlyList<RemoteVerdict> verdicts = RemoteCampaign.Run(campaign, ServerAddress.Parse(address), seed, timeScale, Console.WriteLine, token);
        if (verdicts.Count == 0)
        {
            throw new OptionError($"--server: the campaign has no boundary-surface attacker whose check can be made from the clients' side ({string.Join(", ", AttackScenario.All.Where(scenario => scenario.ServerCheck is not null).Select(scenario => scenario.Name))})");
        }
        return verdicts.Any(verdict => verdict.Verdict == Verdict.Error) ? UserError.ExitCode
            : verdicts.Any(verdict => verdict.Verdict == Verdict.Violated) ? ViolatedExitCode : 0;
    }

    private static void RequireKnown(string? value, IEnumerable<string> known, string option)
    {
        string[] names = [.. known];
        if (value is not null && !names.Contains(value))
        {
            throw new OptionError($"{option}: '{value}' is not in the campaign (known: {string.Join(", ", names)})");
        }
    }
}
