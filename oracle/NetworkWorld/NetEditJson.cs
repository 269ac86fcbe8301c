using System.Text.Json;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>The serialized form of edits (docs/network-world.md, Deltas): an object with the tag <c>op</c> and the
/// edit's named fields (<c>host</c>, <c>a</c>, <c>b</c>, <c>port</c>, <c>src</c>, <c>dst</c>, <c>amount</c>, <c>exit_code</c>).</summary>
public static class NetEditJson
{
    private static readonly Dictionary<string, NetEditKind> Kinds = new(StringComparer.Ordinal)
    {
        ["host_up"] = NetEditKind.HostUp, ["host_down"] = NetEditKind.HostDown, ["link_add"] = NetEditKind.LinkAdd,
        ["link_del"] = NetEditKind.LinkDel, ["svc_up"] = NetEditKind.SvcUp, ["svc_down"] = NetEditKind.SvcDown,
        ["fw_deny"] = NetEditKind.FwDeny, ["fw_allow"] = NetEditKind.FwAllow, ["flow_open"] = NetEditKind.FlowOpen,
        ["flow_close"] = NetEditKind.FlowClose, ["clock_advance"] = NetEditKind.ClockAdvance, ["set_result"] = NetEditKind.SetResult,
    };

    /// <summary>Reads one edit; anything but a known tag with exactly its fields, of their types, throws naming what is wrong.</summary>
    public static NetEdit Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"an edit must be an object, got {element.ValueKind}");
        }
        string op = element.TryGetProperty("op", out JsonElement tag) && tag.ValueKind == JsonValueKind.String ? tag.GetString()! : "";
        if (!Kinds.TryGetValue(op, out NetEditKind kind))
        {
            throw new FormatException($"unknown edit op '{op}' (known: {string.Join(", ", Kinds.Keys)})");
        }
        string[] fields = FieldsOf(kind);
        foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name != "op" && !fields.Contains(p.Name)))
        {
            throw new FormatException($"edit {op} has no field '{property.Name}' (its fields: {string.Join(", ", fields)})");
        }
        string Text(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()! : throw new FormatException($"edit {op} needs text field '{name}'");
        int Number(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n)
            ? n : throw new FormatException($"edit {op} needs whole-number field '{name}'");
        return kind switch
        {
            NetEditKind.HostUp or NetEditKind.HostDown => new NetEdit(kind, Text("host"), "", 0),
            NetEditKind.LinkAdd or NetEditKind.LinkDel => new NetEdit(kind, Text("a"), Text("b"), 0),
            NetEditKind.SvcUp or NetEditKind.SvcDown => new NetEdit(kind, Text("host"), "", Number("port")),
            NetEditKind.FwDeny or NetEditKind.FwAllow => new NetEdit(kind, Text("host"), Text("src"), 0),
            NetEditKind.FlowOpen or NetEditKind.FlowClose => new NetEdit(kind, Text("src"), Text("dst"), Number("port")),
            NetEditKind.ClockAdvance => new NetEdit(kind, "", "", Number("amount")),
            _ => new NetEdit(kind, "", "", Number("exit_code")),
        };
    }

    private static string[] FieldsOf(NetEditKind kind) => kind switch
    {
        NetEditKind.HostUp or NetEditKind.HostDown => ["host"],
        NetEditKind.LinkAdd or NetEditKind.LinkDel => ["a", "b"],
        NetEditKind.SvcUp or NetEditKind.SvcDown => ["host", "port"],
        NetEditKind.FwDeny or NetEditKind.FwAllow => ["host", "src"],
        NetEditKind.FlowOpen or NetEditKind.FlowClose => ["src", "dst", "port"],
        NetEditKind.ClockAdvance => ["amount"],
        _ => ["exit_code"],
    };
}
