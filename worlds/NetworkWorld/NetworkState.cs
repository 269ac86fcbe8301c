using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A network world state (spec section 3): hosts, links, flows, the clock and the latest exit code. Immutable.</summary>
public sealed record NetworkState(
    ImmutableSortedDictionary<string, HostRecord> Hosts,
    ImmutableSortedSet<LinkKey> Links,
    ImmutableSortedSet<Flow> Flows,
    long Clock,
    int LastExit)
{
    /// <summary>Every configured host up with nothing on it; no links, no flows; clock and exit 0.</summary>
    public static NetworkState Initial(NetworkConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var hosts = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            config.Hosts.Select(host => KeyValuePair.Create(host, HostRecord.Fresh)));
        return new NetworkState(hosts, ImmutableSortedSet<LinkKey>.Empty, ImmutableSortedSet<Flow>.Empty, 0, 0);
    }

    /// <summary>Equal when the host maps, link sets, flow sets and both integers are.</summary>
    public bool Equals(NetworkState? other) =>
        other is not null && Clock == other.Clock && LastExit == other.LastExit
        && Hosts.Count == other.Hosts.Count && Hosts.All(host => other.Hosts.TryGetValue(host.Key, out HostRecord? record) && record.Equals(host.Value))
        && Links.SetEquals(other.Links) && Flows.SetEquals(other.Flows);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Hosts.Count, Links.Count, Flows.Count, Clock, LastExit); // determinism-ok: never ordered by

    /// <summary>The canonical serialization (spec section 3), for logs and golden files.</summary>
    public string Canonical()
    {
        var text = new StringBuilder("{\"hosts\":{");
        text.AppendJoin(',', Hosts.Select(host => string.Create(CultureInfo.InvariantCulture,
            $"\"{host.Key}\":{{\"up\":{(host.Value.Up ? "true" : "false")},\"services\":[{string.Join(',', host.Value.Services)}],\"fw_deny\":[{string.Join(',', host.Value.FwDeny.Select(x => "\"" + x + "\""))}]}}")));
        text.Append("},\"links\":[").AppendJoin(',', Links.Select(link => $"[\"{link.A}\",\"{link.B}\"]"));
        text.Append("],\"flows\":[").AppendJoin(',', Flows.Select(flow => string.Create(CultureInfo.InvariantCulture, $"[\"{flow.Src}\",\"{flow.Dst}\",{flow.Port}]")));
        return text.Append(string.Create(CultureInfo.InvariantCulture, $"],\"clock\":{Clock},\"last_exit\":{LastExit}}}")).ToString();
    }
}
