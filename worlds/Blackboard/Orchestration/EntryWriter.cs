using System.Globalization;
using System.Text;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The compact text encoding of commit-log entries: fields in a fixed order, each its length
/// in characters, a colon, then the characters; bytes as base64 and numbers as decimal text. No field
/// needs escaping, and reading one is a length and a slice (<see cref="EntryReader"/>).</summary>
internal sealed class EntryWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends a text field.</summary>
    public EntryWriter Text(string value)
    {
        _text.Append(value.Length).Append(':').Append(value);
        return this;
    }

    /// <summary>Appends a number field.</summary>
    public EntryWriter Number(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, provider: CultureInfo.InvariantCulture);
        _text.Append(written).Append(':').Append(digits[..written]);
        return this;
    }

    /// <summary>Appends a byte field.</summary>
    public EntryWriter Bytes(byte[] value) => Text(Convert.ToBase64String(value));

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
