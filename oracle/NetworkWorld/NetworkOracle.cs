using System.Collections.Immutable;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary><c>O(s, a)</c> of the network world (docs/network-world.md, The oracle): decides the edits and the exit code
/// by the rules in their order, then <c>delta = edits ++ [SetResult(x)]</c> and <c>next = apply(s, delta)</c>
/// (applied edit by edit through <see cref="NetDelta"/>'s own code, with the hosts already looked up).
/// Exit 0 success (including no-ops), 1 a well-formed command that fails at run time, 2 bad arguments.</summary>
public static class NetworkOracle
{
    // The deltas of the edit-free outcomes, shared: they are immutable.
    private static readonly IReadOnlyList<NetEdit>[] ResultOnly =
        [.. Enumerable.Range(0, 3).Select(exit => (IReadOnlyList<NetEdit>)ImmutableArray.Create(NetEdit.SetResult(exit)))];

    /// <summary>The transition of <paramref name="state"/> under <paramref name="action"/>.</summary>
    public static NetTransition Step(NetworkState state, NetAction action)
    {
        (NetworkState next, NetEdit? single, NetEdit[]? advance, int exit) = Transition(state, action, withDelta: true);
        IReadOnlyList<NetEdit> delta = advance ?? (single is { } edit ? new[] { edit, NetEdit.SetResult(exit) } : ResultOnly[exit]);
        return new NetTransition(next, delta, exit);
    }

    /// <summary><c>O(s, a).next_state</c> alone: the same transition as <see cref="Step"/>, without
    /// building the delta list (what the loop needs of the oracle).</summary>
    public static NetworkState Next(NetworkState state, NetAction action) => Transition(state, action, withDelta: false).Next;

    /// <summary>The next state with the delta in parts: the advance edits (a whole delta, built only
    /// <paramref name="withDelta"/>), or at most one edit to be followed by SetResult(exit).</summary>
    private static (NetworkState Next, NetEdit? Single, NetEdit[]? Advance, int Exit) Transition(NetworkState state, NetAction action, bool withDelta)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Command == NetCommand.Advance)
        {
            (NetworkState advanced, NetEdit[]? edits) = Advance(state, withDelta);
            return (advanced, null, edits, 0);
        }
        // Each host is looked up once: the rules ask by key, and the edit is applied by the same keys.
        (HostKey first, HostKey second) = state.Keys(action);
        (NetEdit? edit, int exit) = Decide(state, action, first, second);
        NetworkStateEditor next = state.Edit();
        if (edit is { } single)
        {
            NetDelta.ApplyTo(ref next, single, first, second);
        }
        next.SetLastExit(exit);
        return (next.ToState(), edit, null, exit);
    }

    /// <summary>The rule of every command but advance: at most one edit, and the exit code.</summary>
    private static (NetEdit? Edit, int Exit) Decide(NetworkState s, NetAction a, HostKey first, HostKey second)
    {
        IReadOnlyList<string> h = a.Hosts;
        NetCommand command = a.Command;
        if (command == NetCommand.Close)
        {
            // No host validation: unknown hosts give 1 like any flow that is not open.
            return s.HasFlow(new Flow(h[0], h[1], a.Port)) ? (NetEdit.FlowClose(h[0], h[1], a.Port), 0) : (null, 1);
        }
        if (!s.IsKnown(first) || !s.IsKnown(second) || (command is NetCommand.LinkUp or NetCommand.LinkDown && h[0] == h[1]))
        {
            return (null, 2);
        }
        return command switch
        {
            NetCommand.HostUp => (s.IsUp(first) ? null : NetEdit.HostUp(h[0]), 0),
            NetCommand.HostDown => (s.IsUp(first) ? NetEdit.HostDown(h[0]) : null, 0),
            NetCommand.LinkUp => (s.HasLink(first, second) ? null : NetEdit.LinkAdd(h[0], h[1]), 0),
            NetCommand.LinkDown => (s.HasLink(first, second) ? NetEdit.LinkDel(h[0], h[1]) : null, 0),
            NetCommand.SvcUp => (s.HasService(first, a.Port) ? null : NetEdit.SvcUp(h[0], a.Port), 0),
            NetCommand.SvcDown => (s.HasService(first, a.Port) ? NetEdit.SvcDown(h[0], a.Port) : null, 0),
            NetCommand.FwDeny => (s.Denies(first, second) ? null : NetEdit.FwDeny(h[0], h[1]), 0),
            NetCommand.FwAllow => (s.Denies(first, second) ? NetEdit.FwAllow(h[0], h[1]) : null, 0),
            // Reachability is checked before an existing flow: a broken path fails even for an open flow.
            _ => !Reachability.Reach(s, first, second, a.Port) ? (null, 1)
                : (s.HasFlow(new Flow(h[0], h[1], a.Port)) ? null : NetEdit.FlowOpen(h[0], h[1], a.Port), 0),
        };
    }

    /// <summary>advance: the clock, then every flow no longer reachable in the pre-step state, in sorted
    /// order, then the result; each edit applied as it is decided, and collected only <paramref name="withDelta"/>.</summary>
    private static (NetworkState Next, NetEdit[]? Edits) Advance(NetworkState s, bool withDelta)
    {
        ImmutableArray<Flow> flows = s.Flows;
        Span<bool> dropped = flows.Length <= 256 ? stackalloc bool[flows.Length] : new bool[flows.Length];
        int drops = 0;
        for (int i = 0; i < flows.Length; i++)
        {
            dropped[i] = !Reachability.Reach(s, s.Key(flows[i].Src), s.Key(flows[i].Dst), flows[i].Port);
            drops += dropped[i] ? 1 : 0;
        }
        NetEdit[]? edits = withDelta ? new NetEdit[drops + 2] : null;
        NetworkStateEditor next = s.Edit();
        int count = 0;
        void Apply(NetEdit edit)
        {
            NetDelta.ApplyTo(ref next, edit, edit.First, edit.Second);
            if (edits is not null)
            {
                edits[count++] = edit;
            }
        }
        Apply(NetEdit.ClockAdvance(1));
        for (int i = 0; i < flows.Length; i++)
        {
            if (dropped[i])
            {
                Apply(NetEdit.FlowClose(flows[i].Src, flows[i].Dst, flows[i].Port));
            }
        }
        Apply(NetEdit.SetResult(0));
        return (next.ToState(), edits);
    }
}
