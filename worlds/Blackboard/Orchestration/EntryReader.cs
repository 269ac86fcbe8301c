using System.Globalization;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Reads the fields <see cref="EntryWriter"/> wrote, in the order it wrote them; an entry that
/// does not parse is <see cref="InvalidDataException"/>.</summary>
internal ref struct EntryReader(string entry)
{
    private int _at;

    /// <summary>True when every field has been read.</summary>
    public readonly bool AtEnd => _at == entry.Length;

    /// <summary>The next field, as text.</summary>
    public string Text() => Field().ToString();

    /// <summary>The next field, as a number.</summary>
    public long Number() => long.TryParse(Field(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
        ? value
        : throw Corrupt("a number field is not a number");

    /// <summary>The next field, as a count of items that follow: not negative, and no more than the
    /// characters left could hold (each item takes at least two).</summary>
    public int Count() => Number() is >= 0 and long count && count <= (entry.Length - _at) / 2 ? (int)count : throw Corrupt("a count is out of range");

    /// <summary>The next field, as bytes.</summary>
    public byte[] Bytes()
    {
        ReadOnlySpan<char> field = Field();
        int padding = field.EndsWith("==") ? 2 : field.EndsWith("=") ? 1 : 0;
        byte[] bytes = new byte[Math.Max(0, field.Length / 4 * 3 - padding)];
        return field.Length % 4 == 0 && Convert.TryFromBase64Chars(field, bytes, out int written) && written == bytes.Length
            ? bytes
            : throw Corrupt("a byte field is not base64");
    }

    private ReadOnlySpan<char> Field()
    {
        int colon = entry.IndexOf(':', _at);
        if (colon < 0 || !int.TryParse(entry.AsSpan(_at, colon - _at), NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            || length > entry.Length - colon - 1)
        {
            throw Corrupt("a field's length is missing or runs past the end");
        }
        _at = colon + 1 + length;
        return entry.AsSpan(colon + 1, length);
    }

    private readonly InvalidDataException Corrupt(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"commit-log entry unreadable at character {_at}: {what}"));
}
