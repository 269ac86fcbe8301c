namespace Nexus.Experiments.Cli;

/// <summary>The <c>--server</c> option of the commands that reach a running <c>nexus serve</c>.</summary>
internal static class ServerAddress
{
    /// <summary>The address in <paramref name="text"/>; an <see cref="OptionError"/> unless it is an absolute http address.</summary>
    public static Uri Parse(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? address) && address.Scheme == Uri.UriSchemeHttp
            ? address
            : throw new OptionError($"--server: not an http address: '{text}'");
}
