// The stores of `nexus serve` (docs/serve.md, "Routes") as a Cloudflare Worker: key-value and the
// commit channel on a Workers KV namespace, blobs on an R2 bucket, objects in the transactional
// storage of one Durable Object, where every compare-and-swap, of one key or several, runs whole.
// The routes, bodies, statuses and the timeout header are the server's, so the project's HTTP store
// client connects to this Worker unchanged. Bindings: KV (a KV namespace), BLOBS (an R2 bucket),
// OBJECTS (a Durable Object namespace of the class Objects); serve.mjs binds them locally.

import { DurableObject } from "cloudflare:workers";

const TIMEOUT_HEADER = "Nexus-Timeout-Ms";
const TIMEOUT_MAX_MS = 600000;
const MAX_BODY_BYTES = 4 << 20;
const OBJECTS_NAME = "objects";

class Refusal extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

const json = (status, body) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

const fail = (status, reason) => json(status, { error: reason });

// The single value of query parameter `name` (null when absent); any other parameter is refused.
function single(url, name) {
  for (const key of url.searchParams.keys()) {
    if (key !== name) throw new Refusal(400, `unknown query parameter '${key}'`);
  }
  const values = url.searchParams.getAll(name);
  if (values.length > 1) throw new Refusal(400, `the query gives '${name}' ${values.length} times`);
  return values.length === 1 ? values[0] : null;
}

function key(url) {
  const value = single(url, "key");
  if (!value) throw new Refusal(400, "the query needs a non-empty key: ?key=...");
  return value;
}

function noQuery(url) {
  for (const name of url.searchParams.keys()) throw new Refusal(400, `unknown query parameter '${name}'`);
}

function timeout(request) {
  const header = request.headers.get(TIMEOUT_HEADER);
  const ms = header !== null && /^[0-9]+$/.test(header) ? Number(header) : NaN;
  if (!(ms >= 1 && ms <= TIMEOUT_MAX_MS)) {
    throw new Refusal(400, `every request needs the header ${TIMEOUT_HEADER}: how many milliseconds after sending the client gives up (1 to ${TIMEOUT_MAX_MS})`);
  }
  return ms;
}

// A JSON object with exactly the fields of `shape` (name -> "string" | "string?" | "array"); anything
// else is refused with the fields the route takes, as the .NET server does.
async function body(request, shape) {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) throw new Refusal(413, "Request body too large.");
  let value;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw malformed(shape, "$");
  }
  return checked(value, shape);
}

function checked(value, shape) {
  if (value === null) throw new Refusal(400, "the body is JSON null");
  if (typeof value !== "object" || Array.isArray(value)) throw malformed(shape, "$");
  for (const name of Object.keys(value)) {
    if (!(name in shape)) throw malformed(shape, "$." + name);
  }
  for (const [name, type] of Object.entries(shape)) {
    if (!(name in value)) throw malformed(shape, "$");
    const field = value[name];
    const ok = type === "string" ? typeof field === "string"
      : type === "string?" ? field === null || typeof field === "string"
      : Array.isArray(field);
    if (!ok) throw malformed(shape, "$." + name);
  }
  return value;
}

// As the .NET server words it: where the reader stopped, and the fields the route takes.
function malformed(shape, at) {
  return new Refusal(400, `malformed JSON body (at ${at}): expected an object with the fields ${Object.keys(shape).join(", ")}, each as docs/serve.md gives it`);
}

const SWAP = { key: "string", expected: "string", new: "string" };

function swaps(list, name) {
  if (list.length === 0) throw new Refusal(400, `a compare-and-swap needs at least one key (Parameter '${name}')`);
  const seen = new Set();
  return list.map((swap) => {
    const one = checked(swap, SWAP);
    if (one.key === "") throw new Refusal(400, `The value cannot be an empty string. (Parameter '${name}')`);
    if (seen.has(one.key)) throw new Refusal(400, `the keys of one atomic compare-and-swap must be distinct; '${one.key}' repeats (Parameter '${name}')`);
    seen.add(one.key);
    return one;
  });
}

const base64 = {
  encode(buffer) {
    let text = "";
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  },
  decode(text) {
    let raw;
    try {
      raw = atob(text);
    } catch {
      throw new Refusal(400, "the body needs \"content\" (base64)");
    }
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  },
};

// Every key starting with `prefix`, all pages, in ordinal (UTF-16 code unit) order as the wire promises
// (KV and R2 list by UTF-8 bytes). `page(cursor)` lists one page as [keys, the next cursor or undefined].
async function listAll(page) {
  const keys = [];
  let cursor;
  do {
    const [names, next] = await page(cursor);
    keys.push(...names);
    cursor = next;
  } while (cursor);
  return keys.sort();
}

const listKv = (kv, prefix) => listAll(async (cursor) => {
  const page = await kv.list({ prefix, cursor });
  return [page.keys.map((entry) => entry.name), page.list_complete ? undefined : page.cursor];
});

const listR2 = (bucket, prefix) => listAll(async (cursor) => {
  const page = await bucket.list({ prefix, cursor });
  return [page.objects.map((entry) => entry.key), page.truncated ? page.cursor : undefined];
});

function objects(env) {
  return env.OBJECTS.get(env.OBJECTS.idFromName(OBJECTS_NAME));
}

// The routes: path -> method -> handler(request, url, env) returning the 200 body.
const kvRoutes = (route) => ({
  [route]: {
    GET: async (_, url, env) => ({ value: await env.KV.get(key(url)) }),
    PUT: async (request, url, env) => {
      const k = key(url);
      const { value } = await body(request, { value: "string?" });
      if (value === null) throw new Refusal(400, "the body needs \"value\" (a string)");
      await env.KV.put(k, value);
      return { ok: true };
    },
    DELETE: async (_, url, env) => {
      await env.KV.delete(key(url));
      return { ok: true };
    },
  },
  [route + "/list"]: {
    GET: async (_, url, env) => ({ keys: await listKv(env.KV, single(url, "prefix") ?? "") }),
  },
});

const routes = {
  ...kvRoutes("/kv"),
  ...kvRoutes("/commit"),
  "/blob": {
    GET: async (_, url, env) => {
      const found = await env.BLOBS.get(key(url));
      return { content: found === null ? null : base64.encode(await found.arrayBuffer()) };
    },
    PUT: async (request, url, env) => {
      const k = key(url);
      const { content } = await body(request, { content: "string?" });
      if (content === null) throw new Refusal(400, "the body needs \"content\" (base64)");
      await env.BLOBS.put(k, base64.decode(content));
      return { ok: true };
    },
    DELETE: async (_, url, env) => {
      await env.BLOBS.delete(key(url));
      return { ok: true };
    },
  },
  "/blob/list": {
    GET: async (_, url, env) => ({ keys: await listR2(env.BLOBS, single(url, "prefix") ?? "") }),
  },
  "/object": {
    GET: async (_, url, env) => objects(env).state(key(url)),
  },
  "/object/cas": {
    POST: async (request, url, env) => {
      noQuery(url);
      return objects(env).swap(swaps([await body(request, SWAP)], "body"));
    },
  },
  "/object/cas-many": {
    POST: async (request, url, env) => {
      noQuery(url);
      return objects(env).swap(swaps((await body(request, { swaps: "array" })).swaps, "swaps"));
    },
  },
};

// Errors the storage bindings throw for an argument they do not take (a key or value over a limit).
const isArgumentError = (error) => error instanceof TypeError || error instanceof RangeError || /too (long|large|big)|exceed|limit|not valid|invalid/i.test(String(error?.message));

export default {
  async fetch(request, env) {
    const response = await answer(request, env);
    // A refusal answered before the body was read still reads it, so the connection stays usable.
    if (request.body !== null && !request.bodyUsed) await request.arrayBuffer().catch(() => {});
    return response;
  },
};

async function answer(request, env) {
  const url = new URL(request.url);
  const methods = routes[url.pathname];
  if (!methods) return fail(404, "no route " + url.pathname);
  const handler = methods[request.method];
  if (!handler) return fail(405, `method ${request.method} not allowed on ${url.pathname}`);
  try {
    const deadline = Date.now() + timeout(request);
    const result = await handler(request, url, env);
    // Counted from arrival, as the .NET server does: an answer after the deadline is a 504, the
    // write then applied whole.
    return Date.now() > deadline ? fail(504, "timeout") : json(200, result);
  } catch (error) {
    if (error instanceof Refusal) return fail(error.status, error.message);
    if (isArgumentError(error)) return fail(400, String(error.message));
    console.error(`${request.method} ${url.pathname}: ${error?.stack ?? error}`);
    return fail(503, "unavailable");
  }
}

// Every object key's state, in one Durable Object's transactional storage. Calls on one Durable
// Object run one at a time, and a transaction applies whole or not at all: a compare-and-swap of
// several keys either swaps every key or none.
export class Objects extends DurableObject {
  async state(key) {
    return { state: (await this.ctx.storage.get(key)) ?? "" };
  }

  async swap(list) {
    return this.ctx.storage.transaction(async (txn) => {
      const held = await txn.get(list.map((swap) => swap.key));
      if (!list.every((swap) => (held.get(swap.key) ?? "") === swap.expected)) return { swapped: false };
      const writes = {};
      const deletes = [];
      for (const swap of list) {
        if (swap.new === "") deletes.push(swap.key);
        else writes[swap.key] = swap.new;
      }
      if (Object.keys(writes).length > 0) await txn.put(writes);
      if (deletes.length > 0) await txn.delete(deletes);
      return { swapped: true };
    });
  }
}
