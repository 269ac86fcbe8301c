// Runs worker.mjs on Cloudflare's Workers runtime (workerd, through miniflare) on loopback, its KV
// namespace, R2 bucket and Durable Object storage in memory:
//
//   node cluster/workerd/serve.mjs [--port N] [--stdin]
//
// Prints `serving workerd at http://127.0.0.1:PORT/` once it listens (port 0, the default: a free one).
// A line `reset` on standard input starts the Worker again on the same port with empty storage and
// prints the line again; SIGINT or SIGTERM stop it cleanly (workerd with it), and so, with --stdin,
// does the end of standard input: a program that starts it with a pipe takes it down when it exits,
// however it exits.

import { Miniflare } from "miniflare";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";

const args = process.argv.slice(2);
let port = 0;
let untilStdinEnds = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--port" && /^[0-9]+$/.test(args[i + 1] ?? "") && Number(args[i + 1]) <= 65535) {
    port = Number(args[++i]);
  } else if (args[i] === "--stdin") {
    untilStdinEnds = true;
  } else {
    console.error(`serve.mjs: unknown or bad argument '${args[i]}' (takes --port N, 0 to 65535, and --stdin)`);
    process.exit(2);
  }
}

const options = () => ({
  modules: true,
  scriptPath: fileURLToPath(new URL("./worker.mjs", import.meta.url)),
  compatibilityDate: "2026-04-01",
  kvNamespaces: ["KV"],
  r2Buckets: ["BLOBS"],
  durableObjects: { OBJECTS: "Objects" },
  host: "127.0.0.1",
  port,
});

let worker = new Miniflare(options());
let stopping = false;
// Commands and the stop run one at a time, in order.
let queue = Promise.resolve();

async function announce() {
  const url = await worker.ready;
  port = Number(url.port);
  console.log(`serving workerd at ${url.href}`);
}

function stop() {
  if (stopping) return;
  stopping = true;
  // A reader that went away must not keep it running.
  process.stdout.on("error", () => {});
  queue = queue.catch(() => {}).then(async () => {
    await worker.dispose();
    process.exit(0);
  });
}

process.on("SIGINT", stop);
process.on("SIGTERM", stop);
await announce();

const input = createInterface({ input: process.stdin });
input.on("line", (line) => {
  queue = queue.then(async () => {
    if (line.trim() !== "reset" || stopping) return;
    await worker.dispose();
    worker = new Miniflare(options());
    await announce();
  });
});
if (untilStdinEnds) input.on("close", stop);
