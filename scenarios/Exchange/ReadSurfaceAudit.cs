using System.Reflection;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;

namespace Nexus.Scenarios.Exchange;

/// <summary>Looks for a read operation on the public surfaces by reflection: a public member of the
/// trait, overlay or boundary type that returns Facts, a state or a history, or whose name says it
/// reads (get, read, list, search, find, fetch, query, view). The exchange is the one way to read,
/// and it takes a Fact to commit first.</summary>
public static class ReadSurfaceAudit
{
    /// <summary>The surface types an agent can hold.</summary>
    public static IReadOnlyList<Type> Surfaces { get; } = [typeof(IBlackboardApi), typeof(IExchangeOverlay), typeof(BlackboardEndpoint)];

    private static readonly string[] ReadingWords = ["Get", "Read", "List", "Search", "Find", "Fetch", "Query", "View", "History", "State"];

    private static readonly Type[] ReadTypes = [typeof(Fact), typeof(BlackboardState), typeof(HistoryEntry), typeof(Content)];

    private static readonly Lazy<IReadOnlyList<string>> SurfaceReads = new(() => ReadOperations(Surfaces));

    /// <summary>"Type.Member" for every read operation on the public surfaces; empty when there is none
    /// (the types do not change while the program runs, so they are read once).</summary>
    public static IReadOnlyList<string> ReadOperations() => SurfaceReads.Value;

    /// <summary>"Type.Member" for every read operation of <paramref name="types"/>.</summary>
    public static IReadOnlyList<string> ReadOperations(IEnumerable<Type> types) =>
        [.. types.SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(member => member is MethodInfo { IsSpecialName: false } or PropertyInfo)
            .Where(member => ReadingWords.Any(word => member.Name.StartsWith(word, StringComparison.Ordinal)) || ReturnsFacts(member))
            .Select(member => type.Name + "." + member.Name))
            .Order(StringComparer.Ordinal)];

    private static bool ReturnsFacts(MemberInfo member)
    {
        Type returned = member switch
        {
            MethodInfo method => method.ReturnType,
            PropertyInfo property => property.PropertyType,
            _ => typeof(void),
        };
        return Mentions(returned);
    }

    private static bool Mentions(Type type) => ReadTypes.Contains(type) || (type.IsGenericType && type.GetGenericArguments().Any(Mentions)) || (type.IsArray && Mentions(type.GetElementType()!));
}
