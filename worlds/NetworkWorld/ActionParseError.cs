namespace Nexus.Worlds.NetworkWorld;

/// <summary>An action text that does not parse; names the text and why.</summary>
public sealed class ActionParseError(string text, string reason) : Exception($"cannot parse action '{text}': {reason}")
{
    /// <summary>The text as given.</summary>
    public string Text { get; } = text;
}
