namespace Nexus.Worlds.Storage.Http;

/// <summary>Whether a compare-and-swap applied.</summary>
public sealed record SwappedBody(bool Swapped);
