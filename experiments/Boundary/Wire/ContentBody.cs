namespace Nexus.Experiments.Boundary.Wire;

/// <summary>A blob's content, base64 in JSON: the body of a put, the answer to a get (null when absent).</summary>
public sealed record ContentBody(byte[]? Content);
