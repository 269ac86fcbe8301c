namespace Nexus.Worlds.Storage.Http;

/// <summary>An object's state ("" when absent).</summary>
public sealed record StateBody(string State);
