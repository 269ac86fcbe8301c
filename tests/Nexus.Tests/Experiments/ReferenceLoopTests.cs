using Nexus.Experiments.Benchmarks;

namespace Nexus.Tests.Experiments;

/// <summary><c>bench loop --reference</c>: the reference implementation's rates are read from what its
/// script prints in this run, never assumed. The scripts here are shell scripts standing in for it.</summary>
public sealed class ReferenceLoopTests
{
    [Test]
    public void The_rates_are_the_ones_the_script_printed()
    {
        IReadOnlyDictionary<int, double> rates = WithScript("echo '# a comment line'; echo 'verisim loop 5 44000'; echo 'verisim loop 200 8600.5'",
            script => ReferenceLoop.Measure(script, "/bin/sh", [5, 200]));
        Assert.That(rates[5], Is.EqualTo(44_000));
        Assert.That(rates[200], Is.EqualTo(8_600.5));
    }

    [Test]
    public void A_case_the_script_did_not_print_is_an_error_naming_it() =>
        Assert.That(() => WithScript("echo 'verisim loop 5 44000'", script => ReferenceLoop.Measure(script, "/bin/sh", [5, 200])),
            Throws.Exception.With.Message.Contains("printed no 'TOOL loop 200 STEPS_PER_SECOND' line"));

    [Test]
    public void A_failing_script_is_an_error_with_its_last_error_line() =>
        Assert.That(() => WithScript("echo 'no module named verisim' >&2; exit 3", script => ReferenceLoop.Measure(script, "/bin/sh", [5])),
            Throws.Exception.With.Message.Contains("exited 3: no module named verisim"));

    private static T WithScript<T>(string body, Func<FileInfo, T> run)
    {
        string path = Path.Combine(Path.GetTempPath(), "nexus-reference-" + Guid.NewGuid().ToString("N") + ".sh");
        File.WriteAllText(path, body + "\n");
        try
        {
            return run(new FileInfo(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
