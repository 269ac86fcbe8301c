using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>An ordered list of edits and <c>apply</c> (spec section 7.2): a copy of the state with each
/// edit applied in order; the input is never changed. Host-scoped edits ensure their host.</summary>
public static class NetDelta
{
    /// <summary><c>apply(s, delta)</c>.</summary>
    public static NetworkState Apply(NetworkState state, IReadOnlyList<NetEdit> delta)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(delta);
        if (delta.Count == 0)
        {
            return state; // states are immutable: the unchanged state is its own copy
        }
        // Builders are made only for the collections an edit touches; the rest are shared.
        System.Collections.Immutable.ImmutableSortedDictionary<string, HostRecord>.Builder? hosts = null;
        System.Collections.Immutable.ImmutableSortedSet<LinkKey>.Builder? links = null;
        System.Collections.Immutable.ImmutableSortedSet<Flow>.Builder? flows = null;
        long clock = state.Clock;
        int lastExit = state.LastExit;
        // Host-scoped edits ensure their host: an unknown one is inserted up, with nothing on it.
        void Update(string host, Func<HostRecord, HostRecord> change)
        {
            hosts ??= state.Hosts.ToBuilder();
            hosts[host] = change(hosts.TryGetValue(host, out HostRecord? record) ? record : HostRecord.Fresh);
        }
        foreach (NetEdit edit in delta)
        {
            switch (edit.Kind)
            {
                case NetEditKind.HostUp: Update(edit.First, h => h with { Up = true }); break;
                case NetEditKind.HostDown: Update(edit.First, h => h with { Up = false }); break;
                case NetEditKind.LinkAdd: (links ??= state.Links.ToBuilder()).Add(LinkKey.Of(edit.First, edit.Second)); break;
                case NetEditKind.LinkDel: (links ??= state.Links.ToBuilder()).Remove(LinkKey.Of(edit.First, edit.Second)); break;
                case NetEditKind.SvcUp: Update(edit.First, h => h with { Services = h.Services.Add(edit.Number) }); break;
                case NetEditKind.SvcDown: Update(edit.First, h => h with { Services = h.Services.Remove(edit.Number) }); break;
                case NetEditKind.FwDeny: Update(edit.First, h => h with { FwDeny = h.FwDeny.Add(edit.Second) }); break;
                case NetEditKind.FwAllow: Update(edit.First, h => h with { FwDeny = h.FwDeny.Remove(edit.Second) }); break;
                case NetEditKind.FlowOpen: (flows ??= state.Flows.ToBuilder()).Add(new Flow(edit.First, edit.Second, edit.Number)); break;
                case NetEditKind.FlowClose: (flows ??= state.Flows.ToBuilder()).Remove(new Flow(edit.First, edit.Second, edit.Number)); break;
                case NetEditKind.ClockAdvance: clock += edit.Number; break;
                default: lastExit = edit.Number; break;
            }
        }
        return new NetworkState(hosts?.ToImmutable() ?? state.Hosts, links?.ToImmutable() ?? state.Links, flows?.ToImmutable() ?? state.Flows, clock, lastExit);
    }
}
