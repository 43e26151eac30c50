// The check in a worker: a dedicated worker posts its results when it starts, a shared worker
// to each connecting port, a service worker to the port a page sends it.
import { check } from "./checker.js";

async function run() {
  const response = await fetch("manifest.json");
  const manifest = await response.json();
  return { results: check(manifest.lookups) };
}

function reply(port) {
  run().then(
    (message) => port.postMessage(message),
    (error) => port.postMessage({ error: String(error) }),
  );
}

if (typeof SharedWorkerGlobalScope === "function" && self instanceof SharedWorkerGlobalScope) {
  self.addEventListener("connect", (event) => reply(event.ports[0]));
} else if (
  typeof ServiceWorkerGlobalScope === "function" &&
  self instanceof ServiceWorkerGlobalScope
) {
  self.addEventListener("install", () => self.skipWaiting());
  self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
  self.addEventListener("message", (event) => reply(event.ports[0]));
} else {
  reply(self);
}
