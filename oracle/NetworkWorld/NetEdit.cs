namespace Nexus.Oracle.NetworkWorld;

/// <summary>One edit: its kind, up to two host fields (in the edit's own argument order) and one
/// integer (port, amount or exit code). Two edits are the same symbol string exactly when they are
/// equal as records: <c>LinkAdd(h3, h1)</c> differs from <c>LinkAdd(h1, h3)</c>.</summary>
public readonly record struct NetEdit(NetEditKind Kind, string First, string Second, int Number)
{
    /// <summary>Symbols: one for the tag and one per field (docs/network-world.md, Deltas).</summary>
    public int Symbols => Kind switch
    {
        NetEditKind.HostUp or NetEditKind.HostDown or NetEditKind.ClockAdvance or NetEditKind.SetResult => 2,
        NetEditKind.FlowOpen or NetEditKind.FlowClose => 4,
        _ => 3,
    };

    /// <summary>host_up(h)</summary>
    public static NetEdit HostUp(string host) => new(NetEditKind.HostUp, host, "", 0);

    /// <summary>host_down(h)</summary>
    public static NetEdit HostDown(string host) => new(NetEditKind.HostDown, host, "", 0);

    /// <summary>link_add(a, b)</summary>
    public static NetEdit LinkAdd(string a, string b) => new(NetEditKind.LinkAdd, a, b, 0);

    /// <summary>link_del(a, b)</summary>
    public static NetEdit LinkDel(string a, string b) => new(NetEditKind.LinkDel, a, b, 0);

    /// <summary>svc_up(h, p)</summary>
    public static NetEdit SvcUp(string host, int port) => new(NetEditKind.SvcUp, host, "", port);

    /// <summary>svc_down(h, p)</summary>
    public static NetEdit SvcDown(string host, int port) => new(NetEditKind.SvcDown, host, "", port);

    /// <summary>fw_deny(h, x)</summary>
    public static NetEdit FwDeny(string host, string source) => new(NetEditKind.FwDeny, host, source, 0);

    /// <summary>fw_allow(h, x)</summary>
    public static NetEdit FwAllow(string host, string source) => new(NetEditKind.FwAllow, host, source, 0);

    /// <summary>flow_open(s, d, p)</summary>
    public static NetEdit FlowOpen(string source, string destination, int port) => new(NetEditKind.FlowOpen, source, destination, port);

    /// <summary>flow_close(s, d, p)</summary>
    public static NetEdit FlowClose(string source, string destination, int port) => new(NetEditKind.FlowClose, source, destination, port);

    /// <summary>clock_advance(k)</summary>
    public static NetEdit ClockAdvance(int amount) => new(NetEditKind.ClockAdvance, "", "", amount);

    /// <summary>set_result(x)</summary>
    public static NetEdit SetResult(int exitCode) => new(NetEditKind.SetResult, "", "", exitCode);
}
