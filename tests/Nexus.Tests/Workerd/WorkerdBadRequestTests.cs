using System.Net;
using System.Net.Http.Json;
using System.Text;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Tests.Serve;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Workerd;

/// <summary>The Worker refuses what <c>nexus serve</c> refuses, with the same status and reason, and the
/// refused request changes nothing: the server's bad-request cases, sent to the Worker on workerd. One
/// case differs (a JSON field given twice), and its test shows how.</summary>
public sealed class WorkerdBadRequestTests
{
    private const string FieldTwice = "a field given twice";

    public static IEnumerable<TestCaseData> Cases() =>
        BadRequestTests.Cases().Where(data => (string?)data.Properties.Get(BadRequestTests.CaseName) != FieldTwice);

    [TestCaseSource(nameof(Cases))]
    public void A_bad_request_gets_the_servers_4xx_with_a_JSON_error_and_changes_nothing(HttpStatusCode expected, string reason, Func<HttpRequestMessage> request) =>
        Run(async (http, stores) =>
        {
            string before = await HeldAsync(stores);
            using HttpResponseMessage response = await http.SendAsync(request());

            Assert.That(response.StatusCode, Is.EqualTo(expected));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That((await response.Content.ReadFromJsonAsync<ErrorBody>(StoreWire.Json))?.Error, Does.Contain(reason));
            Assert.That(await HeldAsync(stores), Is.EqualTo(before), "a refused request changed the stores");
        });

    /// <summary>The known difference: JavaScript's JSON.parse keeps the last of a field given twice, where
    /// the server refuses the body.</summary>
    [Test]
    public void A_field_given_twice_is_taken_with_its_last_value_where_the_server_refuses_it() =>
        Run(async (http, stores) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/kv?key=k") { Content = new StringContent("{\"value\":\"a\",\"value\":\"b\"}", Encoding.UTF8, "application/json") };
            request.Headers.Add(StoreWire.TimeoutHeader, "1000");
            using HttpResponseMessage response = await http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await stores.KeyValue.GetAsync("k")).Require(), Is.EqualTo("b"));
            Assert.That(BadRequestTests.Cases().Count(data => (string?)data.Properties.Get(BadRequestTests.CaseName) == FieldTwice), Is.EqualTo(1), "the server's case this stands for");
        });

    /// <summary>The refused requests change nothing (asserted), so the Worker is emptied through its routes afterwards.</summary>
    private static void Run(Func<HttpClient, StoreSet, Task> body) => ServedStores.Run(() => RunningWorkerd.WithStoresAsync(async (worker, stores) =>
    {
        using var http = new HttpClient { BaseAddress = worker.Address };
        Assert.That((await stores.KeyValue.SetAsync("k", "old")).IsOk, Is.True);
        Assert.That((await stores.Blob.PutAsync("k", "old"u8.ToArray())).IsOk, Is.True);
        Assert.That((await stores.Object.PutStateAsync("head", "", "h1")).Require(), Is.True);
        await body(http, stores);
    }));

    /// <summary>Everything the seeded stores hold, read over the routes.</summary>
    private static async Task<string> HeldAsync(StoreSet stores) => string.Join("|",
        string.Join(",", (await stores.KeyValue.ListAsync("")).Require()), (await stores.KeyValue.GetAsync("k")).Require(),
        string.Join(",", (await stores.Blob.ListAsync("")).Require()), Convert.ToBase64String((await stores.Blob.GetAsync("k")).Require() ?? []),
        (await stores.Object.GetStateAsync("head")).Require());
}
