namespace Nexus.Worlds.Storage;

/// <summary>The one rule every store applies to keys: a key is a non-empty string.</summary>
public static class StoreKeys
{
    /// <summary>Throws, naming the parameter, for a null or empty key.</summary>
    public static string Require(string key, string parameterName = "key")
    {
        ArgumentException.ThrowIfNullOrEmpty(key, parameterName);
        return key;
    }

    /// <summary>The keys of <paramref name="keys"/> that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> WithPrefix(IEnumerable<string> keys, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
    }
}
