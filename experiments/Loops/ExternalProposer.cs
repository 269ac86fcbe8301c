using System.Diagnostics;
using System.Text.Json;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Experiments.Loops;

/// <summary>A proposer in another process, in any language, speaking JSON lines over stdin and stdout.
/// For each step Nexus writes one line <c>{"step": n, "state": STATE, "action": "TEXT"}</c> (STATE in
/// the canonical form of docs/network-world.md) and reads one line back:
/// <c>{"delta": [EDIT, ...], "signal": 0.0}</c>, each EDIT as in docs/network-world.md, Deltas
/// (<c>{"op": "link_add", "a": "h3", "b": "h1"}</c>). Malformed output, an exit, or no answer within the
/// timeout is an <see cref="ExternalProposerError"/>; the process is then killed.</summary>
public sealed class ExternalProposer : IProposer, IDisposable
{
    private readonly Process _process;
    private readonly string _command;
    private readonly TimeSpan _timeout;
    private readonly Queue<string> _stderrTail = new();
    private long _step;

    /// <summary>Starts <paramref name="command"/> (program and arguments) in <paramref name="workingDirectory"/>.</summary>
    public ExternalProposer(IReadOnlyList<string> command, TimeSpan timeout, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0)
        {
            throw new ArgumentException("an external proposer needs a command", nameof(command));
        }
        _command = string.Join(' ', command);
        _timeout = timeout;
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            _process = Process.Start(start) ?? throw new ExternalProposerError(_command, 0, "did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new ExternalProposerError(_command, 0, "cannot start: " + error.Message);
        }
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (_stderrTail)
            {
                if (line.Data is not null)
                {
                    _stderrTail.Enqueue(line.Data);
                    if (_stderrTail.Count > 5)
                    {
                        _stderrTail.Dequeue();
                    }
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        // One process serves every worker of the sweep: one request and its answer at a time.
        lock (_process)
        {
            return Exchange(state, action);
        }
    }

    private Proposal Exchange(NetworkState state, NetAction action)
    {
        long step = _step++;
        string request = $"{{\"step\":{step},\"state\":{state.Canonical()},\"action\":{JsonSerializer.Serialize(action.Raw)}}}";
        try
        {
            _process.StandardInput.WriteLine(request);
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            throw Failure(step, "its input is closed");
        }
        Task<string?> reading = _process.StandardOutput.ReadLineAsync();
        if (!reading.Wait(_timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new ExternalProposerError(_command, step, $"no answer within {_timeout.TotalMilliseconds} ms (killed)");
        }
        string line = reading.Result ?? throw Failure(step, "closed its output");
        return Parse(line, step);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2_000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    private Proposal Parse(string line, long step)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("delta", out JsonElement delta) || delta.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("the answer needs a \"delta\" list");
            }
            NetEdit[] edits = [.. delta.EnumerateArray().Select(NetEditJson.Read)];
            double signal = root.TryGetProperty("signal", out JsonElement value) ? value.GetDouble() : 0.0;
            return new Proposal(edits, signal);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
        {
            throw new ExternalProposerError(_command, step, $"malformed answer ({error.Message}): {Truncate(line)}");
        }
    }

    private ExternalProposerError Failure(long step, string what)
    {
        _process.WaitForExit(2_000);
        string exit = _process.HasExited ? $"exited with code {_process.ExitCode}" : "still running";
        string tail;
        lock (_stderrTail)
        {
            tail = string.Join(" | ", _stderrTail);
        }
        return new ExternalProposerError(_command, step, $"{what}: {exit}{(tail.Length > 0 ? "; stderr: " + tail : "")}");
    }

    private static string Truncate(string line) => line.Length <= 200 ? line : line[..200] + "...";
}
