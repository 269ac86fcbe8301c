using System.Globalization;
using Nexus.Experiments.Cli;

namespace Nexus.Experiments.Benchmarks;

/// <summary>The reference implementation's loop benchmark, run as a child process in the same run as
/// <c>nexus bench loop</c>, so that the ratio is of two rates measured on the machine as it is now. The
/// script runs the same workload (null proposer, full consultation, rho = 1, the weighted driver's
/// rollouts from seed 100 on) and prints one line per case, <c>TOOL loop HOSTS STEPS_PER_SECOND</c>;
/// lines starting with <c>#</c> are comments.</summary>
public static class ReferenceLoop
{
    /// <summary>Refuses a script that is not there, before any benchmark runs.</summary>
    public static void Require(FileInfo script)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (!script.Exists)
        {
            throw new OptionError($"--reference: no such file '{script.FullName}'");
        }
    }

    /// <summary>Steps per second by host count, from running <paramref name="script"/> with
    /// <paramref name="python"/>. A script that cannot start, fails, or prints no rate for one of
    /// <paramref name="hosts"/> is an <see cref="OptionError"/> naming it.</summary>
    public static IReadOnlyDictionary<int, double> Measure(FileInfo script, string python, IReadOnlyCollection<int> hosts)
    {
        Require(script);
        string output = ChildProcess.Run("--reference", python, [script.FullName]);
        var rates = new Dictionary<int, double>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!line.StartsWith('#') && fields.Length == 4 && fields[1] == "loop"
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int size)
                && double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate > 0)
            {
                rates[size] = rate;
            }
        }
        foreach (int size in hosts)
        {
            if (!rates.ContainsKey(size))
            {
                throw new OptionError($"--reference: {script.Name} printed no 'TOOL loop {size} STEPS_PER_SECOND' line");
            }
        }
        return rates;
    }
}
