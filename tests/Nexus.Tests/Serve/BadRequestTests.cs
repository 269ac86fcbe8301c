using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Nexus.Experiments.Boundary.Server;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary>Every request the server cannot take is answered with its 4xx and a JSON error, reaches
/// nothing (the stores hold exactly what they held), and the server goes on serving.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class BadRequestTests
{
    private const string Timeout = "1000";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("malformed JSON", HttpStatusCode.BadRequest, "malformed JSON", Put("/kv?key=k", "{\"value\":"));
        yield return Case("a body that is not the route's", HttpStatusCode.BadRequest, "malformed JSON body (at $.content): expected an object with the fields value",
            Put("/kv?key=k", "{\"content\":\"eA==\"}"));
        yield return Case("a field given twice", HttpStatusCode.BadRequest, "malformed JSON", Put("/kv?key=k", "{\"value\":\"a\",\"value\":\"b\"}"));
        yield return Case("a body without its value", HttpStatusCode.BadRequest, "needs \"value\"", Put("/kv?key=k", "{\"value\":null}"));
        yield return Case("an oversized body", HttpStatusCode.RequestEntityTooLarge, "too large", Oversized);
        yield return Case("an unknown route", HttpStatusCode.NotFound, "no route /facts", () => new HttpRequestMessage(HttpMethod.Get, "/facts"));
        yield return Case("an unknown method", HttpStatusCode.MethodNotAllowed, "method PATCH", () => new HttpRequestMessage(HttpMethod.Patch, "/kv?key=k"));
        yield return Case("a missing timeout", HttpStatusCode.BadRequest, StoreWire.TimeoutHeader,
            () => new HttpRequestMessage(HttpMethod.Put, "/kv?key=k") { Content = new StringContent("{\"value\":\"v\"}", Encoding.UTF8, "application/json") });
        yield return Case("a timeout that is no number", HttpStatusCode.BadRequest, StoreWire.TimeoutHeader, Put("/kv?key=k", "{\"value\":\"v\"}", "soon"));
        yield return Case("a missing key", HttpStatusCode.BadRequest, "non-empty key", Put("/kv", "{\"value\":\"v\"}"));
        yield return Case("an empty key", HttpStatusCode.BadRequest, "non-empty key", Put("/blob?key=", "{\"content\":\"eA==\"}"));
        yield return Case("an unknown query parameter", HttpStatusCode.BadRequest, "unknown query parameter 'keys'", Get("/kv?keys=k"));
        yield return Case("a key given twice", HttpStatusCode.BadRequest, "2 times", Get("/object?key=a&key=b"));
        yield return Case("a swap of one key twice", HttpStatusCode.BadRequest, "distinct",
            Post("/object/cas-many", "{\"swaps\":[{\"key\":\"head\",\"expected\":\"h1\",\"new\":\"x\"},{\"key\":\"head\",\"expected\":\"h1\",\"new\":\"y\"}]}"));
        yield return Case("a swap of no keys", HttpStatusCode.BadRequest, "at least one key", Post("/object/cas-many", "{\"swaps\":[]}"));
        yield return Case("a swap without its expected state", HttpStatusCode.BadRequest, "malformed JSON", Post("/object/cas", "{\"key\":\"head\",\"new\":\"x\"}"));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_bad_request_gets_its_4xx_with_a_JSON_error_and_changes_nothing(HttpStatusCode expected, string reason, Func<HttpRequestMessage> request) =>
        ServedStores.Run(() => ServedStores.WithAsync(ServedStores.Options("local"), async (server, stores) =>
        {
            await Seed(stores);
            StoreSnapshot before = await server.OnTargetAsync(StoreSnapshot.Of);
            using var http = new HttpClient { BaseAddress = server.Address };

            using HttpResponseMessage response = await http.SendAsync(request());

            Assert.That(response.StatusCode, Is.EqualTo(expected));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            ErrorBody? error = await response.Content.ReadFromJsonAsync<ErrorBody>(StoreWire.Json);
            Assert.That(error?.Error, Does.Contain(reason));
            Assert.That(error!.Error, Does.Not.Contain("Nexus.").And.Not.Contain("System.").And.Not.Contain(".NET"), "a client in any language reads the reason");
            Assert.That(Json(await server.OnTargetAsync(StoreSnapshot.Of)), Is.EqualTo(Json(before)), "a refused request changed the stores");
            Assert.That((await stores.KeyValue.SetAsync("after", "still serving")).IsOk, Is.True, "the server stopped serving");
            Assert.That((await stores.KeyValue.GetAsync("after")).Require(), Is.EqualTo("still serving"));
        }));

    [Test]
    public void The_same_requests_well_formed_are_applied() =>
        ServedStores.Run(() => ServedStores.WithAsync(ServedStores.Options("local"), async (server, _) =>
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            foreach (Func<HttpRequestMessage> request in new[]
            {
                Put("/kv?key=k", "{\"value\":\"v\"}"),
                Put("/blob?key=k", "{\"content\":\"eA==\"}"),
                Post("/object/cas-many", "{\"swaps\":[{\"key\":\"head\",\"expected\":\"\",\"new\":\"x\"}]}"),
            })
            {
                using HttpResponseMessage response = await http.SendAsync(request());
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            }
            StoreSnapshot held = await server.OnTargetAsync(StoreSnapshot.Of);
            Assert.That((held.KeyValue["k"], held.Blobs["k"], held.Objects["head"]), Is.EqualTo(("v", "x"u8.ToArray(), "x")));
        }));

    private static async Task Seed(StoreSet stores)
    {
        Assert.That((await stores.KeyValue.SetAsync("k", "old")).IsOk, Is.True);
        Assert.That((await stores.Blob.PutAsync("k", "old"u8.ToArray())).IsOk, Is.True);
        Assert.That((await stores.Object.PutStateAsync("head", "", "h1")).Require(), Is.True);
    }

    /// <summary>A blob over the limit, sent as curl sends a large body: the server refuses it on its
    /// length, before the client sends it (without the wait, it closes the connection mid-body).</summary>
    private static HttpRequestMessage Oversized()
    {
        HttpRequestMessage request = Put("/blob?key=k", "{\"content\":\"" + new string('A', (int)StoreServerOptions.MaxBodyBytes + 4) + "\"}")();
        request.Headers.ExpectContinue = true;
        return request;
    }

    private static string Json(StoreSnapshot snapshot) => JsonSerializer.Serialize(snapshot);

    /// <summary>The property that names a case, so another target's tests can pick cases by name.</summary>
    public const string CaseName = "Case";

    private static TestCaseData Case(string name, HttpStatusCode status, string reason, Func<HttpRequestMessage> request) =>
        new TestCaseData(status, reason, request).SetArgDisplayNames(name).SetProperty(CaseName, name);

    private static Func<HttpRequestMessage> Get(string path) => () => WithTimeout(new HttpRequestMessage(HttpMethod.Get, path), Timeout);

    private static Func<HttpRequestMessage> Put(string path, string body, string timeout = Timeout) => () => WithTimeout(
        new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") }, timeout);

    private static Func<HttpRequestMessage> Post(string path, string body) => () => WithTimeout(
        new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") }, Timeout);

    private static HttpRequestMessage WithTimeout(HttpRequestMessage request, string timeout)
    {
        request.Headers.TryAddWithoutValidation(StoreWire.TimeoutHeader, timeout);
        return request;
    }
}
