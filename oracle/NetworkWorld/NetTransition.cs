using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>The oracle's answer: the next state, the delta (always ending in one SetResult) and the exit code.</summary>
public readonly record struct NetTransition(NetworkState Next, IReadOnlyList<NetEdit> Delta, int ExitCode);
