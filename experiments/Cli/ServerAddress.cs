namespace Nexus.Experiments.Cli;

/// <summary>The <c>--server</c> option of the commands that reach a running <c>nexus serve</c> (and
/// <c>serve --stores</c>, which reaches a store server).</summary>
internal static class ServerAddress
{
    /// <summary>The address in <paramref name="text"/>; an <see cref="OptionError"/> naming <paramref name="option"/> unless it is an absolute http address.</summary>
    public static Uri Parse(string? text, string option = "--server") =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? address) && address.Scheme == Uri.UriSchemeHttp
            ? address
            : throw new OptionError($"{option}: not an http address: '{text}'");
}
