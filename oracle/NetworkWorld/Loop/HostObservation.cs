using System.Collections.Immutable;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>What a probe of one host sees in a state (docs/network-world.md, The loop), and what it costs.</summary>
public sealed record HostObservation(string Host, bool Present, HostRecord Record, ImmutableSortedSet<LinkKey> Links, ImmutableSortedSet<Flow> Flows)
{
    /// <summary><c>1 + |services| + |fw_deny| + |links| + |flows|</c>: a bare or absent host costs 1.</summary>
    public int Bits => 1 + Record.Services.Count + Record.FwDeny.Count + Links.Count + Flows.Count;

    /// <summary>The observation of <paramref name="host"/> in <paramref name="state"/>.</summary>
    public static HostObservation Of(NetworkState state, string host)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Host(host) is not { } record)
        {
            return new HostObservation(host, false, HostRecord.Fresh with { Up = false }, [], []);
        }
        return new HostObservation(host, true, record,
            [.. state.Links.Where(link => link.A == host || link.B == host)],
            [.. state.Flows.Where(flow => flow.Src == host || flow.Dst == host)]);
    }

    /// <summary>The belief filter: <paramref name="predicted"/> with this host's record, links and flows
    /// replaced by what was observed. A probe never corrects the clock or the last exit code.</summary>
    public NetworkState Filter(NetworkState predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        NetworkStateEditor editor = predicted.Edit();
        if (Present)
        {
            editor.SetHost(Host, Record);
        }
        editor.RemoveLinksTouching(Host);
        foreach (LinkKey link in Links)
        {
            editor.AddLink(link.A, link.B);
        }
        editor.RemoveFlowsTouching(Host);
        foreach (Flow flow in Flows)
        {
            editor.AddFlow(flow);
        }
        return editor.ToState();
    }
}
