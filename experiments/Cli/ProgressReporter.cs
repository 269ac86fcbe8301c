using System.Globalization;

namespace Nexus.Experiments.Cli;

/// <summary>Progress on standard error: a bar redrawn in place on a terminal, plain lines at every tenth when redirected.</summary>
internal sealed class ProgressReporter(bool redirected, string unit = "rollouts")
{
    private int _lastTenth = -1;

    public void Report(int done, int total)
    {
        if (redirected)
        {
            int tenth = done * 10 / total;
            if (tenth != _lastTenth)
            {
                _lastTenth = tenth;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {done}/{total} {unit}"));
            }
            return;
        }
        int width = 40;
        int filled = done * width / total;
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {unit}"));
    }

    public void Finish()
    {
        if (!redirected)
        {
            Console.Error.WriteLine();
        }
    }
}
