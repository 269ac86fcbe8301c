using System.Collections.Immutable;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary><c>O(s, a)</c> of the network world (spec section 6): decides the edits and the exit code
/// by the rules in their order, then <c>delta = edits ++ [SetResult(x)]</c> and <c>next = apply(s, delta)</c>.
/// Exit 0 success (including no-ops), 1 a well-formed command that fails at run time, 2 bad arguments.</summary>
public static class NetworkOracle
{
    // The deltas of the edit-free outcomes, shared: they are immutable.
    private static readonly IReadOnlyList<NetEdit>[] ResultOnly =
        [.. Enumerable.Range(0, 3).Select(exit => (IReadOnlyList<NetEdit>)ImmutableArray.Create(NetEdit.SetResult(exit)))];

    /// <summary>The transition of <paramref name="state"/> under <paramref name="action"/>.</summary>
    public static NetTransition Step(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        (NetEdit? edit, int exit) = action.Command == NetCommand.Advance ? (null, 0) : Decide(state, action);
        IReadOnlyList<NetEdit> delta = action.Command == NetCommand.Advance ? Advance(state)
            : edit is { } single ? [single, NetEdit.SetResult(exit)]
            : ResultOnly[exit];
        return new NetTransition(NetDelta.Apply(state, delta), delta, exit);
    }

    /// <summary>The rule of every command but advance: at most one edit, and the exit code.</summary>
    private static (NetEdit? Edit, int Exit) Decide(NetworkState s, NetAction a)
    {
        IReadOnlyList<string> h = a.Hosts;
        NetCommand command = a.Command;
        if (command == NetCommand.Close)
        {
            // No host validation: unknown hosts give 1 like any flow that is not open.
            return s.HasFlow(new Flow(h[0], h[1], a.Port)) ? (NetEdit.FlowClose(h[0], h[1], a.Port), 0) : (null, 1);
        }
        bool pair = command is NetCommand.LinkUp or NetCommand.LinkDown or NetCommand.FwDeny or NetCommand.FwAllow or NetCommand.Connect;
        if (!s.IsKnown(h[0]) || (pair && !s.IsKnown(h[1])) || (command is NetCommand.LinkUp or NetCommand.LinkDown && h[0] == h[1]))
        {
            return (null, 2);
        }
        return command switch
        {
            NetCommand.HostUp => (s.IsUp(h[0]) ? null : NetEdit.HostUp(h[0]), 0),
            NetCommand.HostDown => (s.IsUp(h[0]) ? NetEdit.HostDown(h[0]) : null, 0),
            NetCommand.LinkUp => (s.HasLink(h[0], h[1]) ? null : NetEdit.LinkAdd(h[0], h[1]), 0),
            NetCommand.LinkDown => (s.HasLink(h[0], h[1]) ? NetEdit.LinkDel(h[0], h[1]) : null, 0),
            NetCommand.SvcUp => (s.HasService(h[0], a.Port) ? null : NetEdit.SvcUp(h[0], a.Port), 0),
            NetCommand.SvcDown => (s.HasService(h[0], a.Port) ? NetEdit.SvcDown(h[0], a.Port) : null, 0),
            NetCommand.FwDeny => (s.Denies(h[0], h[1]) ? null : NetEdit.FwDeny(h[0], h[1]), 0),
            NetCommand.FwAllow => (s.Denies(h[0], h[1]) ? NetEdit.FwAllow(h[0], h[1]) : null, 0),
            // Reachability is checked before an existing flow: a broken path fails even for an open flow.
            _ => !Reachability.Reach(s, h[0], h[1], a.Port) ? (null, 1)
                : (s.HasFlow(new Flow(h[0], h[1], a.Port)) ? null : NetEdit.FlowOpen(h[0], h[1], a.Port), 0),
        };
    }

    /// <summary>advance: the clock, then every flow no longer reachable in the pre-step state, in sorted order.</summary>
    private static NetEdit[] Advance(NetworkState s)
    {
        var edits = new List<NetEdit>(s.Flows.Length + 2) { NetEdit.ClockAdvance(1) };
        foreach (Flow flow in s.Flows)
        {
            if (!Reachability.Reach(s, flow.Src, flow.Dst, flow.Port))
            {
                edits.Add(NetEdit.FlowClose(flow.Src, flow.Dst, flow.Port));
            }
        }
        edits.Add(NetEdit.SetResult(0));
        return [.. edits];
    }
}
