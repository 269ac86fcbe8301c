using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary><c>O(s, a)</c> of the network world (spec section 6): decides the edits and the exit code
/// by the rules in their order, then <c>delta = edits ++ [SetResult(x)]</c> and <c>next = apply(s, delta)</c>.
/// Exit 0 success (including no-ops), 1 a well-formed command that fails at run time, 2 bad arguments.</summary>
public static class NetworkOracle
{
    /// <summary>The transition of <paramref name="state"/> under <paramref name="action"/>.</summary>
    public static NetTransition Step(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        (List<NetEdit> edits, int exit) = Decide(state, action);
        edits.Add(NetEdit.SetResult(exit));
        return new NetTransition(NetDelta.Apply(state, edits), edits, exit);
    }

    private static (List<NetEdit> Edits, int Exit) Decide(NetworkState s, NetAction a)
    {
        IReadOnlyList<string> h = a.Hosts;
        bool Known(string host) => s.Hosts.ContainsKey(host);
        HostRecord Host(string host) => s.Hosts[host];
        (List<NetEdit>, int) Ok(params NetEdit[] edits) => ([.. edits], 0);
        (List<NetEdit>, int) Fail(int exit) => ([], exit);
        switch (a.Command)
        {
            case NetCommand.HostUp:
                return !Known(h[0]) ? Fail(2) : Host(h[0]).Up ? Ok() : Ok(NetEdit.HostUp(h[0]));
            case NetCommand.HostDown:
                return !Known(h[0]) ? Fail(2) : !Host(h[0]).Up ? Ok() : Ok(NetEdit.HostDown(h[0]));
            case NetCommand.LinkUp:
                return !Known(h[0]) || !Known(h[1]) || h[0] == h[1] ? Fail(2)
                    : s.Links.Contains(LinkKey.Of(h[0], h[1])) ? Ok() : Ok(NetEdit.LinkAdd(h[0], h[1]));
            case NetCommand.LinkDown:
                return !Known(h[0]) || !Known(h[1]) || h[0] == h[1] ? Fail(2)
                    : s.Links.Contains(LinkKey.Of(h[0], h[1])) ? Ok(NetEdit.LinkDel(h[0], h[1])) : Ok();
            case NetCommand.SvcUp:
                return !Known(h[0]) ? Fail(2) : Host(h[0]).Services.Contains(a.Port) ? Ok() : Ok(NetEdit.SvcUp(h[0], a.Port));
            case NetCommand.SvcDown:
                return !Known(h[0]) ? Fail(2) : Host(h[0]).Services.Contains(a.Port) ? Ok(NetEdit.SvcDown(h[0], a.Port)) : Ok();
            case NetCommand.FwDeny:
                return !Known(h[0]) || !Known(h[1]) ? Fail(2) : Host(h[0]).FwDeny.Contains(h[1]) ? Ok() : Ok(NetEdit.FwDeny(h[0], h[1]));
            case NetCommand.FwAllow:
                return !Known(h[0]) || !Known(h[1]) ? Fail(2) : Host(h[0]).FwDeny.Contains(h[1]) ? Ok(NetEdit.FwAllow(h[0], h[1])) : Ok();
            case NetCommand.Connect:
                // Reachability is checked before an existing flow: a broken path fails even for an open flow.
                return !Known(h[0]) || !Known(h[1]) ? Fail(2)
                    : !Reachability.Reach(s, h[0], h[1], a.Port) ? Fail(1)
                    : s.Flows.Contains(new Flow(h[0], h[1], a.Port)) ? Ok() : Ok(NetEdit.FlowOpen(h[0], h[1], a.Port));
            case NetCommand.Close:
                return s.Flows.Contains(new Flow(h[0], h[1], a.Port)) ? Ok(NetEdit.FlowClose(h[0], h[1], a.Port)) : Fail(1);
            default:
                // advance: the clock, then every flow no longer reachable in the pre-step state, in sorted order.
                var edits = new List<NetEdit> { NetEdit.ClockAdvance(1) };
                edits.AddRange(s.Flows.Where(f => !Reachability.Reach(s, f.Src, f.Dst, f.Port)).Select(f => NetEdit.FlowClose(f.Src, f.Dst, f.Port)));
                return (edits, 0);
        }
    }
}
