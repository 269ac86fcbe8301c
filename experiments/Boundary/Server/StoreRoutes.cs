using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>The routes of <c>nexus serve</c> (<see cref="StoreWire"/>), each a call on the target
/// through a store set connected with the request's own timeout. A request is checked whole (its key,
/// its timeout header, its body) before anything reaches the target; one that fails a check is
/// answered 400 (413 when its body is too large) and changes nothing.</summary>
internal static class StoreRoutes
{
    public static void Map(WebApplication app, PacedRuntime runtime, RemoteTarget target)
    {
        var serve = new Handlers(runtime, target);
        MapKeyValue(app, StoreWire.KeyValue, serve, stores => stores.KeyValue);
        MapKeyValue(app, StoreWire.Commit, serve, stores => stores.CommitChannel);

        app.MapGet(StoreWire.Blob, context => serve.Call(context, KeyAsync, (stores, key) => stores.Blob.GetAsync(key), content => new ContentBody(content)));
        app.MapPut(StoreWire.Blob, context => serve.Call(context,
            async request => (Key(request), (await BodyAsync<ContentBody>(request)).Content ?? throw new BadRequest("the body needs \"content\" (base64)")),
            (stores, put) => Write(stores.Blob.PutAsync(put.Item1, put.Item2)), Done));
        app.MapDelete(StoreWire.Blob, context => serve.Call(context, KeyAsync, (stores, key) => Write(stores.Blob.DeleteAsync(key)), Done));
        app.MapGet(StoreWire.Blob + StoreWire.List, context => serve.Call(context, PrefixAsync, (stores, prefix) => stores.Blob.ListAsync(prefix), keys => new KeysBody(keys)));

        app.MapGet(StoreWire.Object, context => serve.Call(context, KeyAsync, (stores, key) => stores.Object.GetStateAsync(key), state => new StateBody(state)));
        app.MapPost(StoreWire.Object + StoreWire.Swap, context => serve.Call(context,
            async request => Swaps([(await BodyAsync<SwapBody>(request, noQuery: true))], "body"),
            (stores, swaps) => stores.Object.PutStateAsync(swaps[0].Key, swaps[0].Expected, swaps[0].New), swapped => new SwappedBody(swapped)));
        app.MapPost(StoreWire.Object + StoreWire.SwapMany, context => serve.Call(context,
            async request => Swaps((await BodyAsync<SwapsBody>(request, noQuery: true)).Swaps, "swaps"),
            (stores, swaps) => stores.Object.PutStatesAsync(swaps), swapped => new SwappedBody(swapped)));
    }

    /// <summary>Writes <paramref name="error"/> as the JSON body of the response, with its status as set.</summary>
    public static Task WriteErrorAsync(HttpContext context, string error)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new ErrorBody(error), StoreWire.Json);
    }

    private static void MapKeyValue(WebApplication app, string route, Handlers serve, Func<StoreSet, IKeyValueStore> store)
    {
        app.MapGet(route, context => serve.Call(context, KeyAsync, (stores, key) => store(stores).GetAsync(key), value => new ValueBody(value)));
        app.MapPut(route, context => serve.Call(context,
            async request => (Key(request), (await BodyAsync<ValueBody>(request)).Value ?? throw new BadRequest("the body needs \"value\" (a string)")),
            (stores, put) => Write(store(stores).SetAsync(put.Item1, put.Item2)), Done));
        app.MapDelete(route, context => serve.Call(context, KeyAsync, (stores, key) => Write(store(stores).DeleteAsync(key)), Done));
        app.MapGet(route + StoreWire.List, context => serve.Call(context, PrefixAsync, (stores, prefix) => store(stores).ListAsync(prefix), keys => new KeysBody(keys)));
    }

    private static DoneBody Done(bool ok) => new(ok);

    private static async ValueTask<StoreResult<bool>> Write(ValueTask<StoreResult> write) => new((await write).Status, true);

    private static ValueTask<string> KeyAsync(HttpContext context) => ValueTask.FromResult(Key(context));

    private static ValueTask<string> PrefixAsync(HttpContext context) => ValueTask.FromResult(Single(context, "prefix") ?? "");

    private static string Key(HttpContext context)
    {
        string? key = Single(context, "key");
        return string.IsNullOrEmpty(key) ? throw new BadRequest("the query needs a non-empty key: ?key=...") : key;
    }

    private static string? Single(HttpContext context, string name)
    {
        OnlyQuery(context, name);
        var values = context.Request.Query[name];
        return values.Count > 1 ? throw new BadRequest($"the query gives '{name}' {values.Count} times") : values.Count == 1 ? values[0] : null;
    }

    /// <summary>Refuses a query parameter other than <paramref name="allowed"/> (any, when null).</summary>
    private static void OnlyQuery(HttpContext context, string? allowed)
    {
        if (context.Request.Query.Keys.FirstOrDefault(parameter => parameter != allowed) is string unknown)
        {
            throw new BadRequest($"unknown query parameter '{unknown}'");
        }
    }

    private static StateSwap[] Swaps(IReadOnlyList<SwapBody> swaps, string name)
    {
        try
        {
            return StateSwap.Validate([.. swaps.Select(swap => new StateSwap(swap.Key, swap.Expected, swap.New))], name);
        }
        catch (ArgumentException invalid)
        {
            throw new BadRequest(invalid.Message);
        }
    }

    private static async ValueTask<T> BodyAsync<T>(HttpContext context, bool noQuery = false)
        where T : class
    {
        if (noQuery)
        {
            OnlyQuery(context, null);
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, StoreWire.Json) ?? throw new BadRequest("the body is JSON null");
        }
        catch (JsonException malformed)
        {
            throw new BadRequest(MalformedBody.Reason(malformed, typeof(T), StoreWire.Json));
        }
        catch (BadHttpRequestException refused)
        {
            throw new BadRequest(refused.Message, refused.StatusCode);
        }
    }

    /// <summary>A request the server will not take, answered 400 (or <see cref="Status"/>) with the reason.</summary>
    private sealed class BadRequest(string reason, int status = StatusCodes.Status400BadRequest) : Exception(reason)
    {
        public int Status { get; } = status;
    }

    private sealed class Handlers(PacedRuntime runtime, RemoteTarget target)
    {
        /// <summary>Reads and checks the request's timeout and arguments, then, only if they hold,
        /// makes the call on the target's thread through a store set with that timeout.</summary>
        public async Task Call<TArgument, T, TBody>(HttpContext context, Func<HttpContext, ValueTask<TArgument>> read,
            Func<StoreSet, TArgument, ValueTask<StoreResult<T>>> call, Func<T, TBody> body)
        {
            IResult result;
            try
            {
                SimDuration timeout = Timeout(context);
                TArgument argument = await read(context);
                result = Json(await runtime.Run(() => call(target.Connect(timeout), argument)), body);
            }
            catch (BadRequest refused)
            {
                result = Results.Json(new ErrorBody(refused.Message), StoreWire.Json, statusCode: refused.Status);
            }
            await result.ExecuteAsync(context);
        }

        private SimDuration Timeout(HttpContext context)
        {
            var header = context.Request.Headers[StoreWire.TimeoutHeader];
            if (header.Count != 1 || !int.TryParse(header[0], NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds)
                || milliseconds < 1 || milliseconds > StoreWire.TimeoutMaxMilliseconds)
            {
                throw new BadRequest($"every request needs the header {StoreWire.TimeoutHeader}: how many milliseconds after sending the client gives up (1 to {StoreWire.TimeoutMaxMilliseconds})");
            }
            // The client waits in real time; the target runs on simulated time.
            return SimDuration.FromSeconds(milliseconds / 1000.0 / runtime.TimeScale);
        }

        private static IResult Json<T, TBody>(StoreResult<T> result, Func<T, TBody> body) => result.Status switch
        {
            StoreStatus.Ok => Results.Json(body(result.Value), StoreWire.Json),
            StoreStatus.Unavailable => Results.Json(new ErrorBody("unavailable"), StoreWire.Json, statusCode: StatusCodes.Status503ServiceUnavailable),
            StoreStatus.Conflict => Results.Json(new ErrorBody("conflict"), StoreWire.Json, statusCode: StatusCodes.Status409Conflict),
            _ => Results.Json(new ErrorBody("timeout"), StoreWire.Json, statusCode: StatusCodes.Status504GatewayTimeout),
        };
    }
}
