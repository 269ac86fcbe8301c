using System.Globalization;
using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A parsed action: the command, its host arguments in order, its port (0 when none), and the canonical text.</summary>
public sealed record NetAction(NetCommand Command, IReadOnlyList<string> Hosts, int Port, string Raw)
{
    private static readonly string[] Names =
        ["host_up", "host_down", "link_up", "link_down", "svc_up", "svc_down", "fw_deny", "fw_allow", "connect", "close", "advance"];

    private static readonly int[] Arity = [1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 0];

    /// <summary>The textual name of <paramref name="command"/>.</summary>
    public static string NameOf(NetCommand command) => Names[(int)command];

    /// <summary>Parses an action's text (docs/network-world.md, Actions); malformed text throws <see cref="ActionParseError"/> naming it.</summary>
    public static NetAction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            throw new ActionParseError(text, "empty action");
        }
        int index = Array.IndexOf(Names, tokens[0]);
        if (index < 0)
        {
            throw new ActionParseError(text, $"unknown command '{tokens[0]}' (known: {string.Join(", ", Names)})");
        }
        var command = (NetCommand)index;
        if (tokens.Length - 1 != Arity[index])
        {
            throw new ActionParseError(text, $"{tokens[0]} takes {Arity[index]} arguments, got {tokens.Length - 1}");
        }
        bool hasPort = command is NetCommand.SvcUp or NetCommand.SvcDown or NetCommand.Connect or NetCommand.Close;
        int port = 0;
        if (hasPort && !int.TryParse(tokens[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out port))
        {
            throw new ActionParseError(text, $"port '{tokens[^1]}' is not a base-10 integer");
        }
        string[] hosts = hasPort ? tokens[1..^1] : tokens[1..];
        return new NetAction(command, hosts, port, string.Join(' ', tokens));
    }

    /// <summary>Where this action's hosts were last looked up (a cache for <see cref="NetworkState.Keys"/>;
    /// it is not part of the action's value).</summary>
    internal HostLookup? Lookup { get; set; }

    /// <summary>Equal when the canonical texts are.</summary>
    public bool Equals(NetAction? other) => other is not null && Raw == other.Raw;

    /// <inheritdoc />
    public override int GetHashCode() => Raw.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by

    /// <summary>The canonical text.</summary>
    public override string ToString() => Raw;
}
