using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>One request to the blackboard's remote API: a method and a path, and the body's fields
/// where the route takes them (a Fact and a query for an exchange, an Intent to submit, an agent and
/// an Intent id for the lifecycle routes).</summary>
public sealed record EndpointRequest(string Method, string Path)
{
    /// <summary>The exchange's Fact.</summary>
    public Fact? Fact { get; init; }

    /// <summary>The exchange's query (a mime type).</summary>
    public string Query { get; init; } = "";

    /// <summary>The Intent to submit.</summary>
    public Intent? Intent { get; init; }

    /// <summary>The calling agent's id, for the lifecycle routes.</summary>
    public string Agent { get; init; } = "";

    /// <summary>The Intent a lifecycle route acts on.</summary>
    public string IntentId { get; init; } = "";

    /// <summary>A signed conclusion, for <c>POST /intents/conclude</c>.</summary>
    public Actions.ConcludeAction? Conclusion { get; init; }
}

