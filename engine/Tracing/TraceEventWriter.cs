namespace Nexus.Engine.Tracing;

/// <summary>Adds fields to one trace event, in the order they are written; <see cref="End"/> commits it.</summary>
public readonly ref struct TraceEventWriter
{
    private readonly SimTrace _trace;
    private readonly System.Text.Json.Utf8JsonWriter _json;

    internal TraceEventWriter(SimTrace trace, System.Text.Json.Utf8JsonWriter json)
    {
        _trace = trace;
        _json = json;
    }

    /// <summary>A text field.</summary>
    public TraceEventWriter Field(string name, string value)
    {
        _json.WriteString(name, value);
        return this;
    }

    /// <summary>A whole-number field.</summary>
    public TraceEventWriter Field(string name, long value)
    {
        _json.WriteNumber(name, value);
        return this;
    }

    /// <summary>A real-number field, written in round-trip form.</summary>
    public TraceEventWriter Field(string name, double value)
    {
        _json.WriteNumber(name, value);
        return this;
    }

    /// <summary>A true/false field.</summary>
    public TraceEventWriter Field(string name, bool value)
    {
        _json.WriteBoolean(name, value);
        return this;
    }

    /// <summary>Commits the event: hashes it and writes it to the sink.</summary>
    public void End() => _trace.End();
}
