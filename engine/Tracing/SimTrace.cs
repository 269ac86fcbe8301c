using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Nexus.Engine.Tracing;

/// <summary>The run's trace: one JSON line per event, fields in canonical order (<c>t</c> in
/// nanoseconds, then <c>kind</c>, then the event's own fields in the order its emitter declares
/// them), no whitespace, numbers in invariant round-trip form. A running SHA-256 over every line,
/// newline included, is the run's fingerprint. Lines go to an optional sink and, on request, are
/// kept in memory so that two runs can be compared line by line.</summary>
public sealed class SimTrace : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _json;
    private readonly Stream? _sink;
    private readonly List<string>? _lines;
    private bool _open;

    /// <summary>A trace writing to <paramref name="sink"/> when given, keeping lines when <paramref name="keepLines"/>.</summary>
    public SimTrace(Stream? sink = null, bool keepLines = false)
    {
        _sink = sink;
        _lines = keepLines ? [] : null;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false, SkipValidation = false });
    }

    /// <summary>Events written so far.</summary>
    public long EventCount { get; private set; }

    /// <summary>The kept lines, when the trace keeps them.</summary>
    public IReadOnlyList<string> Lines => _lines ?? throw new InvalidOperationException("this trace does not keep its lines");

    /// <summary>Lowercase hex SHA-256 of every line so far.</summary>
    public string Fingerprint => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>Starts the event <paramref name="kind"/> at <paramref name="timeNanoseconds"/>; add fields, then End.</summary>
    public TraceEventWriter Begin(long timeNanoseconds, string kind)
    {
        Invariant.True(!_open, "trace event '{0}' started before the previous one ended", kind);
        _open = true;
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteNumber("t", timeNanoseconds);
        _json.WriteString("kind", kind);
        return new TraceEventWriter(this, _json);
    }

    internal void End()
    {
        Invariant.True(_open, "trace event ended twice");
        _json.WriteEndObject();
        _json.Flush();
        ReadOnlySpan<byte> line = _buffer.WrittenSpan;
        _hash.AppendData(line);
        _hash.AppendData(NewLine);
        _sink?.Write(line);
        _sink?.Write(NewLine);
        _lines?.Add(System.Text.Encoding.UTF8.GetString(line));
        EventCount++;
        _open = false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sink?.Flush();
        _json.Dispose();
        _hash.Dispose();
    }
}
