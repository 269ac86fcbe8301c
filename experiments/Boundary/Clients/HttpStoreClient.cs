using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Boundary.Clients;

/// <summary>One client's connection to a <c>nexus serve</c> target: sends a request with its timeout,
/// and turns the answer into a store result. 200 is success; 503 <see cref="StoreStatus.Unavailable"/>,
/// 409 <see cref="StoreStatus.Conflict"/>; 504, or no answer within the timeout, <see cref="StoreStatus.Timeout"/>
/// (a write was then applied whole or not at all). A refused connection is unavailable: nothing reached
/// the target. Any other answer is a mistake in the request, thrown with the server's reason.</summary>
public sealed class HttpStoreClient(HttpClient http, TimeSpan timeout)
{
    private readonly string _timeoutMilliseconds = ((long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How long after sending the client gives up on a request.</summary>
    public TimeSpan Timeout { get; } = timeout > TimeSpan.Zero ? timeout : throw new ArgumentOutOfRangeException(nameof(timeout), "a timeout must be positive");

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> with <paramref name="body"/>
    /// (none when null), and reads a <typeparamref name="TAnswer"/> from a successful answer.</summary>
    public async ValueTask<StoreResult<TAnswer>> SendAsync<TAnswer>(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(StoreWire.TimeoutHeader, _timeoutMilliseconds);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: StoreWire.Json);
        }
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, deadline.Token).ConfigureAwait(false);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return StoreResult<TAnswer>.Success(await AnswerAsync<TAnswer>(method, path, response, deadline.Token).ConfigureAwait(false));
                case HttpStatusCode.ServiceUnavailable:
                    return StoreResult<TAnswer>.Failure(StoreStatus.Unavailable);
                case HttpStatusCode.Conflict:
                    return StoreResult<TAnswer>.Failure(StoreStatus.Conflict);
                case HttpStatusCode.GatewayTimeout:
                    return StoreResult<TAnswer>.Failure(StoreStatus.Timeout);
                default:
                    throw new InvalidDataException($"{method} {path}: the server at {http.BaseAddress} refused the request ({(int)response.StatusCode}): {await ReasonAsync(response).ConfigureAwait(false)}");
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return StoreResult<TAnswer>.Failure(StoreStatus.Timeout);
        }
        catch (HttpRequestException refused) when (refused.HttpRequestError == HttpRequestError.ConnectionError)
        {
            return StoreResult<TAnswer>.Failure(StoreStatus.Unavailable);
        }
        catch (HttpRequestException)
        {
            // The request may have reached the target: whole or absent, as a timeout.
            return StoreResult<TAnswer>.Failure(StoreStatus.Timeout);
        }
    }

    /// <summary>A GET of <paramref name="path"/>, its answer's body turned into a value by <paramref name="value"/>.</summary>
    public ValueTask<StoreResult<T>> ReadAsync<TAnswer, T>(string path, Func<TAnswer, T> value) => ReadAsync(HttpMethod.Get, path, null, value);

    /// <summary>A request whose answer's body <paramref name="value"/> turns into the result's value.</summary>
    public async ValueTask<StoreResult<T>> ReadAsync<TAnswer, T>(HttpMethod method, string path, object? body, Func<TAnswer, T> value)
    {
        StoreResult<TAnswer> answer = await SendAsync<TAnswer>(method, path, body).ConfigureAwait(false);
        return answer.IsOk ? StoreResult<T>.Success(value(answer.Value)) : StoreResult<T>.Failure(answer.Status);
    }

    /// <summary>A write: only its status matters.</summary>
    public async ValueTask<StoreResult> WriteAsync(HttpMethod method, string path, object? body) =>
        new((await SendAsync<DoneBody>(method, path, body).ConfigureAwait(false)).Status);

    /// <summary>The path <paramref name="route"/> with one query parameter, percent-encoded.</summary>
    public static string Query(string route, string name, string value) => route + "?" + name + "=" + Uri.EscapeDataString(value);

    /// <summary>A successful answer's body; one that is not the store's JSON means the address is not a store server.</summary>
    private async Task<TAnswer> AnswerAsync<TAnswer>(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancel)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TAnswer>(StoreWire.Json, cancel).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{method} {path}: the server at {http.BaseAddress} answered 200 with no body");
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"{method} {path}: the server at {http.BaseAddress} answered 200 with a body that is not the store's JSON: is it a nexus serve?");
        }
    }

    /// <summary>Why the server refused: its error body's reason, or (from a server that is not a store
    /// server) the first line of its answer, cut to 120 characters, so the error stays one line.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        try
        {
            if (JsonSerializer.Deserialize<ErrorBody>(text, StoreWire.Json)?.Error is string reason)
            {
                return reason;
            }
        }
        catch (JsonException)
        {
            // Not the store's error body: the server is something else.
        }
        string first = text.Split('\n', 2)[0].Trim();
        return (first.Length > 120 ? first[..120] + "..." : first) + " (not a nexus store server's answer)";
    }
}
