using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A host name, optionally resolved against a state's host table (<see cref="NetworkState.Key"/>),
/// so that several questions about one host look its name up once. A plain string converts to an
/// unresolved key; a key resolved against another lineage's table is looked up again by name.</summary>
public readonly struct HostKey
{
    internal HostKey(string name, HostTable? table, int id)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Table = table;
        Id = id;
    }

    /// <summary>The host name.</summary>
    public string Name { get; }

    internal HostTable? Table { get; }

    internal int Id { get; }

    /// <summary>An unresolved key for <paramref name="name"/>.</summary>
    public static implicit operator HostKey(string name) => new(name, null, -1);

    /// <inheritdoc />
    public override string ToString() => Name;
}
