using System.Security.Cryptography;
using System.Text;
using Nexus.Engine.Tracing;

namespace Nexus.Tests.Determinism;

public sealed class TraceFormatTests
{
    [Test]
    public void An_event_is_one_json_line_with_time_then_kind_then_its_fields_in_order()
    {
        using var sink = new MemoryStream();
        using (var trace = new SimTrace(sink))
        {
            trace.Begin(1_500, "net.send").Field("id", 3).Field("from", "a").Field("p", 0.1).Field("ok", true).End();
        }
        Assert.That(Encoding.UTF8.GetString(sink.ToArray()), Is.EqualTo("{\"t\":1500,\"kind\":\"net.send\",\"id\":3,\"from\":\"a\",\"p\":0.1,\"ok\":true}\n"));
    }

    [Test]
    public void The_fingerprint_is_the_sha256_of_every_line_written()
    {
        using var sink = new MemoryStream();
        using var trace = new SimTrace(sink);
        trace.Begin(0, "a").End();
        trace.Begin(5, "b").Field("x", -2).End();
        Assert.That(trace.Fingerprint, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(sink.ToArray()))));
        Assert.That(trace.EventCount, Is.EqualTo(2));
    }
}
