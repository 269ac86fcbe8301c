using System.Text;
using System.Text.Json;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.CampaignCore;

/// <summary>The campaign core takes any world: an empty world with one trivial scenario (an attacker lists
/// a store's <c>door/</c> keys, where nobody wrote one) runs through it at both depths, and gets its cells,
/// verdicts, matrix, proof statement, one-swap discrimination, gap report and report page from the same
/// code as the exchange contract. A control that opens the door makes the cell VIOLATED, and an attacker
/// that never knocks makes it ERROR, not a pass.</summary>
public sealed class EmptyWorldCampaignTests
{
    [Test]
    public void An_empty_world_runs_one_trivial_scenario_through_the_campaign_core_at_both_depths()
    {
        var world = new EmptyWorld(Door.Shut);

        IReadOnlyList<CellVerdict> cells = CampaignCells.Run(world, CampaignSelection.All, (_, _) => { });

        Assert.That(cells.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}={cell.Verdict} {cell.SeedsHeld}/{cell.Seeds.Count}"),
            Is.EqualTo(new[] { "knock@depth-1=BLOCKED 3/3", "knock@depth-2=BLOCKED 3/3" }));
        Assert.That(cells.Select(cell => cell.AttackerOperations), Is.All.EqualTo(3), "one knock per seed");
        Assert.That(cells.Select(cell => cell.Tally("keys-seen")), Is.All.Zero);
        string matrix = ViolationMatrix.Markdown(world, cells);
        Assert.That(matrix, Does.Contain("Nothing is guarded but the door. Seeds per cell: 3.").And.Contain("| knock | BLOCKED | BLOCKED (3/3) | BLOCKED (3/3) |"));
        string statement = Encoding.UTF8.GetString(CampaignStatement.Encode(world, cells, "config-digest", "code-digest", []));
        using JsonDocument json = JsonDocument.Parse(statement);
        Assert.That(json.RootElement.GetProperty("subject").EnumerateArray().Select(subject => subject.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "config", "code", "cell/knock/depth-1", "cell/knock/depth-2" }));
        Assert.That(json.RootElement.GetProperty("predicate").GetProperty("door").GetString(), Is.EqualTo("shut"));
    }

    [Test]
    public void Its_cells_repeat_fingerprint_for_fingerprint_from_run_to_run()
    {
        string[] Fingerprints() => [.. CampaignCells.Run(new EmptyWorld(Door.Shut), CampaignSelection.All, (_, _) => { }).Select(cell => cell.Fingerprint)];

        string[] first = Fingerprints();
        string[] second = Fingerprints();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Distinct().Count(), Is.EqualTo(2), "the two depths run differently");
    }

    [Test]
    public void A_door_left_open_is_violated_with_its_evidence_and_an_attacker_that_never_knocks_is_an_error()
    {
        CellVerdict open = CampaignCells.Run(new EmptyWorld(Door.Open), new CampaignSelection(null, "depth-1", null), (_, _) => { }).Single();
        CellVerdict idle = CampaignCells.Run(new EmptyWorld(Door.NobodyKnocks), new CampaignSelection(null, "depth-1", null), (_, _) => { }).Single();

        Assert.That(open.Verdict, Is.EqualTo(Verdict.Violated));
        Assert.That(open.FirstFailure!.Summary, Is.EqualTo("seed 1, knock: the attacker saw door/open"));
        Assert.That(idle.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(idle.FirstFailure!.Vacuity, Is.EqualTo("the attacker never knocked"));
    }

    [Test]
    public void One_swap_discrimination_flips_exactly_the_cells_its_swap_guards()
    {
        IReadOnlyList<SwapOutcome> outcomes = OneSwapDiscrimination.RunAll(new EmptyWorld(Door.Shut), (_, _) => { });

        Assert.That(outcomes.Select(outcome => outcome.Swap + ": " + string.Join(", ", outcome.Flipped.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}={cell.Verdict}"))),
            Is.EqualTo(new[] { "door-lock: knock@depth-1=VIOLATED, knock@depth-2=VIOLATED", "doorbell: " }));
        Assert.That(outcomes.Select(outcome => outcome.Cells.Count), Is.All.EqualTo(2), "each swap runs every cell");
        Assert.Throws<ArgumentException>(() => new EmptyWorld(Door.Shut).Swapped("window"));
    }

    [Test]
    public void The_gap_report_and_the_report_page_take_the_world_as_it_is()
    {
        var world = new EmptyWorld(Door.Shut);
        IReadOnlyList<CellVerdict> cells = CampaignCells.Run(world, CampaignSelection.All, (_, _) => { });
        FoundationGap[] gaps = [.. world.WeakerFoundations.Select(weaker => new FoundationGap(weaker, CampaignCells.Run(weaker.World, CampaignSelection.All, (_, _) => { })))];

        string report = GapReport.Markdown(world, gaps);
        string page = ReportPage.Html(world, cells, new ReportContents([new ReportSection("hall", "The hall", "A coat hangs in it.", [], [])], gaps, [], "", "Not signed."));

        Assert.That(gaps.Single().Failing.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}"), Is.EqualTo(new[] { "knock@depth-1", "knock@depth-2" }));
        Assert.That(report, Does.Contain("| one-namespace | namespaces | knock (depth-1, depth-2) | yes |")
            .And.Contain("knock at depth-1: VIOLATED on 2 of 2 seeds; seed 1, knock: the attacker saw door/coat"));
        Assert.That(page, Does.Contain("Nothing is guarded but the door. 3 seeds per cell. Honest agents beside every scenario: resident x 1.")
            .And.Contain("<tr><td>knock</td><td>burglar x 1</td><td>BLOCKED</td><td class=\"held\">BLOCKED (3/3)</td>")
            .And.Contain("<h2>The hall</h2>\n<p>A coat hangs in it.</p>")
            .And.Contain("<td>one-namespace</td><td>namespaces</td><td>knock (depth-1), knock (depth-2)</td><td>yes</td>"));
    }

    private enum Door
    {
        Shut,
        Open,
        NobodyKnocks,
    }

    private sealed record Knock(string Name, string Expected) : ICampaignScenario
    {
        public IReadOnlyList<AgentGroup> Adversaries { get; } = [new("burglar", 1)];
    }

    private sealed record KnockRun(int Seed, string Fingerprint) : ISeededRun;

    /// <summary>A world with nothing in it but a store, a door and a resident's coat in the hall: the
    /// smallest campaign world. Its one swap that matters takes the lock off the door; on its weaker
    /// foundation, a store with one namespace, the coat lands where the burglar lists.</summary>
    private sealed class EmptyWorld(Door door, bool oneNamespace = false) : ICampaignWorld
    {
        public string Name => "empty";

        public string World => "empty";

        public string ConfigPath => "configs/empty.yaml";

        public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

        public IReadOnlyList<CampaignDepth> Depths { get; } =
        [
            CampaignDepth.OnStores("depth-1", StoreDepth.InProcess, swarm: false),
            CampaignDepth.OnStores("depth-2", StoreDepth.Behind(TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"))), swarm: false),
        ];

        public IReadOnlyList<ICampaignScenario> Scenarios { get; } = [new Knock("knock", Verdict.Blocked)];

        public IReadOnlyList<AgentGroup> HonestAgents { get; } = [new("resident", 1)];

        public IReadOnlyList<string> Swaps { get; } = ["door-lock", "doorbell"];

        public IReadOnlyList<WeakerFoundation> WeakerFoundations => oneNamespace ? [] :
            [new("one-namespace", "namespaces", true, "the world could prefix the hall's keys", new EmptyWorld(door, oneNamespace: true) { Seeds = [1, 2] })];

        public ICampaignWorld Swapped(string swap) => swap switch
        {
            "door-lock" => new EmptyWorld(Door.Open, oneNamespace),
            "doorbell" => new EmptyWorld(door, oneNamespace),
            _ => throw new ArgumentException($"no swap '{swap}'", nameof(swap)),
        };

        public string Setting => "Nothing is guarded but the door.";

        public string SettingTitle => "a door";

        public void WriteSetting(Utf8JsonWriter writer) => writer.WriteString("door", door == Door.Open ? "open" : "shut");

        public SeedRun RunSeed(ICampaignScenario scenario, CampaignDepth depth, int seed)
        {
            using var trace = new SimTrace();
            var runtime = new VirtualRuntime(new VirtualRuntimeOptions((ulong)seed) { Trace = trace });
            StoreSet stores = depth.Stores!.Stores(runtime);
            IReadOnlyList<string> seen = [];
            int knocks = 0;
            runtime.Spawn("world", async () =>
            {
                await stores.KeyValue.SetAsync(oneNamespace ? "door/coat" : "hall/coat", "the resident's");
                if (door == Door.Open)
                {
                    await stores.KeyValue.SetAsync("door/open", "come in");
                }
                if (door != Door.NobodyKnocks)
                {
                    // The burglar comes by later, once every write has reached every location (depth 2's
                    // key-value store lists stale for up to a minute).
                    await runtime.Delay(SimDuration.FromSeconds(120));
                    knocks++;
                    StoreResult<IReadOnlyList<string>> listed = await stores.KeyValue.ListAsync("door/");
                    seen = listed.IsOk ? listed.Value : [];
                    trace.Begin(runtime.Now.Nanoseconds, "knock").Field("status", listed.Status.ToString()).Field("seen", seen.Count).End();
                }
            });
            runtime.RunToCompletion();
            var run = new KnockRun(seed, trace.Fingerprint);
            SeedVerdict verdict = knocks == 0 ? SeedVerdict.Vacuous(run, "the attacker never knocked")
                : seen.Count > 0 ? SeedVerdict.Failed(run, null, scenario.Name, "the attacker saw " + string.Join(", ", seen))
                : SeedVerdict.Held(run);
            return new SeedRun(verdict, knocks, 0, 0) { Tallies = new Dictionary<string, long> { ["keys-seen"] = seen.Count } };
        }
    }
}
