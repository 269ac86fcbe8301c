using System.Text.RegularExpressions;

namespace Nexus.Tests.Attacks;

/// <summary>The committed campaign's report page in a real headless browser (Debian's chromium): it
/// loads with no failed fetch or script error, and the rendered page shows the violation matrix, the
/// gap report, the game checks and the verified proof. The page fetches nothing: every figure is
/// embedded. Where chromium is missing the test is ignored, saying so, unless NEXUS_REQUIRE_BROWSER
/// is set (CI sets it, after installing chromium).</summary>
[NonParallelizable]
public sealed class ReportPageTests
{
    private static readonly string Report = Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-report.html");

    [Test]
    public void The_page_is_self_contained()
    {
        string html = File.ReadAllText(Report);
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("<script"));
        Assert.That(Regex.Matches(html, "src=\"data:image/png;base64,"), Has.Count.EqualTo(2));
    }

    [Test]
    public void A_violation_is_shown_with_its_evidence_and_replay_command()
    {
        Nexus.Scenarios.Exchange.AttackCampaign campaign = Campaigns.FirstSeeds(1) with
        {
            DefenceOff = "replay-guard",
            Scenarios = [Campaigns.Committed.Scenarios.Single(s => s.Scenario.Name == "replay")],
        };
        var cells = Campaigns.Run(campaign);
        string html = Nexus.Experiments.Campaigns.ReportPage.Html(campaign, cells, new([], [], [], "", "Not signed."));
        Assert.That(Regex.Matches(html, "<td class=\"violated\">VIOLATED \\(0/1\\)</td>"), Has.Count.EqualTo(2));
        Assert.That(html, Does.Contain("First failure: seed 1, step ").And.Contain("Replay: <code>./nexus attack "));
        Assert.That(html, Does.Contain("--scenario replay --depth depth-1 --seed 1</code>"));
    }

    [Test]
    public void Headless_chromium_renders_the_matrix_without_errors()
    {
        string browser = Chromium();
        (string dom, string log) = Run(browser, "--dump-dom", "file://" + Report);
        Assert.That(log, Does.Not.Match("Failed to load resource|net::ERR_|Uncaught|Refused to"), log);
        Assert.That(dom, Does.Contain("<table id=\"matrix\">"));
        Assert.That(Regex.Matches(dom, "<td class=\"held\">(BLOCKED|TOLERATED|RATE-LIMITED) \\(20/20\\)</td>"), Has.Count.EqualTo(Nexus.Scenarios.Exchange.AttackScenario.All.Count * 2));
        Assert.That(dom, Does.Contain("<table id=\"gaps\">").And.Contain("<table id=\"games\">"));
        Assert.That(dom, Does.Match("<p id=\"proof\">Signed by key [0-9a-f]{64}; verified as written"));

        string screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "exchange-contract-report.png");
        (string printed, _) = Run(browser, "--window-size=1100,3000", "--screenshot=" + screenshot, "file://" + Report);
        Assert.That(File.Exists(screenshot) && new FileInfo(screenshot).Length > 50_000, Is.True, printed);
        TestContext.AddTestAttachment(screenshot, "the report page as a reader sees it");
    }

    private static string Chromium()
    {
        string? found = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (found is null)
        {
            if (Environment.GetEnvironmentVariable("NEXUS_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail("chromium is not installed, and NEXUS_REQUIRE_BROWSER is set: apt-get install -y chromium");
            }
            Assert.Ignore("chromium is not installed (apt-get install -y chromium); .ci/run installs it");
        }
        return found!;
    }

    private static (string Output, string Log) Run(string browser, params string[] arguments)
    {
        (_, string output, string log) = ExternalProcess.RunApart(browser, Environment.CurrentDirectory, TimeSpan.FromSeconds(90),
            ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "nexus-chromium"), .. arguments]);
        return (output, log);
    }
}
