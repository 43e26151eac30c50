// The module worker of examples/worker: the same wasm app, started at its worker entry.
import init, { worker_main } from "./pkg/app.js";

await init();
worker_main();
