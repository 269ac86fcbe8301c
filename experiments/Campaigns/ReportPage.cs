using System.Globalization;
using System.Net;
using System.Text;
using Nexus.Experiments.Output;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>NAME-report.html: one self-contained page (styles inline, figures embedded as data, no
/// scripts, nothing fetched) for any campaign world: the setting and the agents, the violation matrix,
/// each cell's evidence and replay command, the world's own sections, the gap report, the figures and
/// the proof's digest and verification status.</summary>
public static class ReportPage
{
    /// <summary>Writes the page atomically; returns its path.</summary>
    public static string Write(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells, ReportContents contents, string directory)
    {
        string path = Path.Combine(directory, campaign.Name + "-report.html");
        AtomicFile.WriteBytes(path, new UTF8Encoding(false).GetBytes(Html(campaign, cells, contents)));
        return path;
    }

    /// <summary>The page.</summary>
    public static string Html(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells, ReportContents contents)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(contents);
        var page = new StringBuilder();
        page.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(campaign.Name)).Append(": attack campaign</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}.held{background:#c8efd4}")
            .Append(".violated{background:#f4c2c2}.error{background:#ddd}code{font-size:90%}img{max-width:100%}</style>\n</head>\n<body>\n");
        page.Append("<h1>Attack campaign: ").Append(E(campaign.Name)).Append("</h1>\n<p>Config <code>").Append(E(campaign.ConfigPath)).Append("</code>. ")
            .Append(E(campaign.Setting)).Append(' ')
            .Append(campaign.Seeds.Count.ToString(CultureInfo.InvariantCulture)).Append(" seeds per cell. Honest agents beside every scenario: ")
            .Append(E(string.Join(", ", campaign.HonestAgents))).Append(".</p>\n");
        Matrix(page, cells);
        Evidence(page, campaign, cells);
        foreach (ReportSection section in contents.Sections)
        {
            page.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.Text.Length > 0)
            {
                page.Append("<p>").Append(E(section.Text)).Append("</p>\n");
            }
            if (section.Header.Count > 0)
            {
                Table(page, section.Id, section.Header, section.Rows);
            }
        }
        page.Append("<h2>Capability gap report</h2>\n");
        Table(page, "gaps", ["foundation", "missing capability", "scenarios that fail", "orchestration can fix it", "first evidence"],
            contents.Gaps.Select(gap => new[]
            {
                gap.Foundation.Name, gap.Foundation.MissingCapability,
                gap.Failing.Count == 0 ? "none" : string.Join(", ", gap.Failing.Select(cell => $"{cell.Scenario.Name} ({cell.Depth.Name})")),
                gap.Failing.Count == 0 ? "nothing to fix" : gap.Foundation.OrchestrationCanFix ? "yes" : "no",
                gap.Failing.Count == 0 ? "" : $"seed {gap.Failing[0].FirstFailure!.Seed}: {gap.Failing[0].FirstFailure!.Vacuity ?? gap.Failing[0].FirstFailure!.Detail}",
            }));
        page.Append("<h2>Figures</h2>\n");
        foreach ((string caption, string png) in contents.Figures)
        {
            page.Append("<figure><img alt=\"").Append(E(caption)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(File.ReadAllBytes(png)))
                .Append("\"><figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");
        }
        page.Append("<h2>Proof</h2>\n<p id=\"proof\">").Append(E(contents.ProofStatus));
        if (contents.ProofDigest.Length > 0)
        {
            page.Append(" SHA-256 of the proof file: <code>").Append(contents.ProofDigest).Append("</code>.");
        }
        page.Append("</p>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void Matrix(StringBuilder page, IReadOnlyList<CellVerdict> cells)
    {
        string[] depths = [.. cells.Select(cell => cell.Depth.Name).Distinct()];
        page.Append("<h2>Violation matrix</h2>\n<table id=\"matrix\">\n<tr><th>scenario</th><th>adversaries</th><th>expected</th>");
        foreach (string depth in depths)
        {
            page.Append("<th>").Append(E(depth)).Append("</th>");
        }
        page.Append("</tr>\n");
        foreach (var row in cells.GroupBy(cell => cell.Scenario.Name))
        {
            ICampaignScenario scenario = row.First().Scenario;
            page.Append("<tr><td>").Append(E(row.Key)).Append("</td><td>").Append(E(string.Join(", ", scenario.Adversaries))).Append("</td><td>")
                .Append(E(scenario.Expected)).Append("</td>");
            foreach (string depth in depths)
            {
                CellVerdict? cell = row.SingleOrDefault(c => c.Depth.Name == depth);
                string css = cell is null ? "" : cell.Verdict == Verdict.Violated ? "violated" : cell.Verdict == Verdict.Error ? "error" : "held";
                page.Append("<td class=\"").Append(css).Append("\">").Append(cell is null ? "" : E(string.Create(CultureInfo.InvariantCulture,
                    $"{cell.Verdict} ({cell.SeedsHeld}/{cell.Seeds.Count})"))).Append("</td>");
            }
            page.Append("</tr>\n");
        }
        page.Append("</table>\n");
    }

    private static void Evidence(StringBuilder page, ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells)
    {
        page.Append("<h2>Evidence</h2>\n<ul>\n");
        foreach (CellVerdict cell in cells)
        {
            page.Append("<li><b>").Append(E($"{cell.Scenario.Name} at {cell.Depth.Name}")).Append("</b>: ").Append(E(string.Create(CultureInfo.InvariantCulture,
                $"{cell.Verdict} over {cell.Seeds.Count} seeds; {cell.AttackerOperations} attacker and {cell.HonestOperations} honest operations, {cell.Commits} commits; fingerprint ")))
                .Append("<code>").Append(cell.Fingerprint).Append("</code>");
            if (cell.FirstFailure is SeedVerdict failure)
            {
                page.Append(". First failure: ").Append(E(failure.Summary))
                    .Append(". Replay: <code>").Append(E(ViolationMatrix.ReplayCommand(campaign, cell, failure.Seed))).Append("</code>");
            }
            page.Append("</li>\n");
        }
        page.Append("</ul>\n");
    }

    private static void Table(StringBuilder page, string id, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        page.Append("<table id=\"").Append(id).Append("\">\n<tr>").Append(string.Concat(header.Select(h => "<th>" + E(h) + "</th>"))).Append("</tr>\n");
        foreach (IReadOnlyList<string> row in rows)
        {
            page.Append("<tr>").Append(string.Concat(row.Select(cell => "<td>" + E(cell) + "</td>"))).Append("</tr>\n");
        }
        page.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
