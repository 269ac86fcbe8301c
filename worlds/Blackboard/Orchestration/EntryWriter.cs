using System.Buffers;
using System.Globalization;
using System.Text;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The compact text encoding of commit-log entries: fields in a fixed order, each its length
/// in characters, a colon, then the characters; bytes as base64 and numbers as decimal text. No field
/// needs escaping, and reading one is a length and a slice (<see cref="EntryReader"/>). Each thread
/// keeps one builder for the entries it writes, so an entry costs its string and nothing more.</summary>
internal sealed class EntryWriter
{
    [ThreadStatic]
    private static StringBuilder? _spare;

    private readonly StringBuilder _text;

    public EntryWriter()
    {
        _text = _spare ?? new StringBuilder(1024);
        _spare = null;
        _text.Clear();
    }

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
    public EntryWriter Bytes(byte[] value)
    {
        int length = (value.Length + 2) / 3 * 4;
        char[] chars = ArrayPool<char>.Shared.Rent(length);
        Convert.TryToBase64Chars(value, chars, out int written);
        _text.Append(written).Append(':').Append(chars, 0, written);
        ArrayPool<char>.Shared.Return(chars);
        return this;
    }

    /// <summary>The entry; the writer is done with, and its builder is kept for the next.</summary>
    public string Finish()
    {
        string entry = _text.ToString();
        if (_text.Capacity <= 64 * 1024)
        {
            _spare = _text;
        }
        return entry;
    }
}
