namespace Nexus.Worlds.Storage.Http;

/// <summary>A write that applied.</summary>
public sealed record DoneBody(bool Ok);
