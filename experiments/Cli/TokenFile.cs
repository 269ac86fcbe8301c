using System.CommandLine;

namespace Nexus.Experiments.Cli;

/// <summary>The <c>--token-file</c> option: a file whose first line is a server's bearer token. A file
/// keeps the token out of the process list, where a command-line argument would show it.</summary>
internal static class TokenFile
{
    /// <summary>The option, described by <paramref name="description"/>.</summary>
    public static Option<FileInfo?> Create(string description) => new("--token-file") { Description = description };

    /// <summary>The token in <paramref name="file"/> (null when not given): its first line, trimmed, at
    /// least 16 characters and no spaces; anything else is an <see cref="OptionError"/>.</summary>
    public static string? Read(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }
        string token;
        try
        {
            token = (File.ReadLines(file.FullName).FirstOrDefault() ?? "").Trim();
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new OptionError($"--token-file: cannot read {file}: {unreadable.Message}");
        }
        return token.Length >= 16 && !token.Any(char.IsWhiteSpace)
            ? token
            : throw new OptionError($"--token-file: {file}: the first line must be a token of at least 16 characters without spaces");
    }
}
