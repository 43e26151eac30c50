// The check in an audio worklet: the page sends the lookups to the processor's port.
import { check } from "./checker.js";

registerProcessor(
  "conformance",
  class extends AudioWorkletProcessor {
    constructor() {
      super();
      this.port.onmessage = (event) => {
        try {
          this.port.postMessage({ results: check(event.data) });
        } catch (error) {
          this.port.postMessage({ error: String(error) });
        }
      };
    }

    process() {
      return false;
    }
  },
);
