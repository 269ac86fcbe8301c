using System.Globalization;
using System.Text;
using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A state as a set of facts (docs/network-world.md, Metrics), its equality, and its canonical serialization.</summary>
public sealed partial class NetworkState
{
    /// <summary><c>F(s)</c> by its definition (docs/network-world.md, Metrics): one typed fact per host, service, deny
    /// entry, link and flow, plus clock and exit. <see cref="FactCount"/> and <see cref="FactDifference"/>
    /// count it without building it.</summary>
    public HashSet<string> Facts()
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (int id in HostIds())
        {
            string host = _table.Name(id);
            HostRow row = _rows[id];
            facts.Add($"up|{host}|{row.Up}");
            foreach (int port in row.Services)
            {
                facts.Add(string.Create(CultureInfo.InvariantCulture, $"svc|{host}|{port}"));
            }
            facts.UnionWith(Names(row.Deny).Select(source => $"fw|{host}|{source}"));
        }
        facts.UnionWith(Links.Select(link => $"link|{link.A}|{link.B}"));
        facts.UnionWith(_flows.Select(flow => string.Create(CultureInfo.InvariantCulture, $"flow|{flow.Src}|{flow.Dst}|{flow.Port}")));
        facts.Add(string.Create(CultureInfo.InvariantCulture, $"clock|{Clock}"));
        facts.Add(string.Create(CultureInfo.InvariantCulture, $"exit|{LastExit}"));
        return facts;
    }

    /// <summary><c>|F(this) △ F(other)|</c>. States of one lineage (one host table) are compared row by
    /// row, shared rows and arrays skipped; others through <see cref="Facts"/>.</summary>
    public int FactDifference(NetworkState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other))
        {
            return 0;
        }
        if (!ReferenceEquals(_table, other._table))
        {
            HashSet<string> difference = Facts();
            difference.SymmetricExceptWith(other.Facts());
            return difference.Count;
        }
        int count = SortedArray.SymmetricDifference<long>(_links, other._links) + SortedArray.SymmetricDifference<Flow>(_flows, other._flows)
            + (Clock != other.Clock ? 2 : 0) + (LastExit != other.LastExit ? 2 : 0);
        if (_rows.Same(other._rows))
        {
            return count;
        }
        // Only a row that either state has touched can differ: the others are both the initial one.
        int[] mine = _touched;
        int[] theirs = other._touched;
        int i = 0;
        int j = 0;
        while (i < mine.Length || j < theirs.Length)
        {
            int id = j == theirs.Length || (i < mine.Length && mine[i] <= theirs[j]) ? mine[i] : theirs[j];
            i += i < mine.Length && mine[i] == id ? 1 : 0;
            j += j < theirs.Length && theirs[j] == id ? 1 : 0;
            count += HostRow.Difference(_rows[id], other._rows[id]);
        }
        return count;
    }

    /// <summary>Equal when the host maps, link sets, flow sets and both integers are, that is when the fact sets are.</summary>
    public bool Equals(NetworkState? other) => other is not null && FactDifference(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NetworkState);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_hostCount, _entries, _links.Length, _flows.Length, Clock, LastExit); // determinism-ok: never ordered by

    /// <summary>The canonical serialization (docs/network-world.md, State), for logs and golden files.</summary>
    public string Canonical()
    {
        var text = new StringBuilder("{\"hosts\":{");
        text.AppendJoin(',', HostIds().Select(id => string.Create(CultureInfo.InvariantCulture,
            $"\"{_table.Name(id)}\":{{\"up\":{(_rows[id].Up ? "true" : "false")},\"services\":[{string.Join(',', _rows[id].Services.ToArray())}],\"fw_deny\":[{string.Join(',', Names(_rows[id].Deny).Order(StringComparer.Ordinal).Select(x => "\"" + x + "\""))}]}}")));
        text.Append("},\"links\":[").AppendJoin(',', Links.Select(link => $"[\"{link.A}\",\"{link.B}\"]"));
        text.Append("],\"flows\":[").AppendJoin(',', _flows.Select(flow => string.Create(CultureInfo.InvariantCulture, $"[\"{flow.Src}\",\"{flow.Dst}\",{flow.Port}]")));
        return text.Append(string.Create(CultureInfo.InvariantCulture, $"],\"clock\":{Clock},\"last_exit\":{LastExit}}}")).ToString();
    }
}
