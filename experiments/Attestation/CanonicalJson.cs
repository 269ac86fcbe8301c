using System.Text.Encodings.Web;
using System.Text.Json;

namespace Nexus.Experiments.Attestation;

/// <summary>The one JSON form proofs are written in: no whitespace, properties in the order the
/// writer gives them, strings escaped only where JSON requires it.</summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The UTF-8 bytes <paramref name="write"/> produces.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
