#!/usr/bin/env bash
# Cargo's runner for the wasm32 tests (.cargo/config.toml): wasm-bindgen-test-runner, with
# headless Chromium reaching the runner's page server through scripts/lib/loopback_proxy.py,
# which asks that server each request on a connection of its own (why: in the proxy). Tests
# that run in Node ignore the browser's settings.
#
# The browser's capabilities are those of `webdriver.json` in the working directory (cargo
# runs a test in its crate's directory: tests/webdriver.json), plus the proxy.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
proxy=""
trap '[ -n "$proxy" ] && kill "$proxy" 2>/dev/null; rm -rf "$work"' EXIT

python3 -u "$here/lib/loopback_proxy.py" >"$work/port" &
proxy=$!
port=""
for _ in $(seq 100); do
    port="$(head -n 1 "$work/port")"
    [ -n "$port" ] && break
    sleep 0.05
done
if [ -z "$port" ]; then
    echo "wasm_test_runner.sh: the loopback proxy did not start" >&2
    exit 1
fi

python3 - "$port" >"$work/webdriver.json" <<'PY'
import json
import os
import sys

capabilities = {}
if os.path.exists("webdriver.json"):
    with open("webdriver.json") as file:
        capabilities = json.load(file)
options = capabilities.setdefault("goog:chromeOptions", {})
options.setdefault("args", []).extend([
    f"proxy-server=http://127.0.0.1:{sys.argv[1]}",
    # Chromium sends loopback past any proxy unless told not to.
    "proxy-bypass-list=<-loopback>",
])
json.dump(capabilities, sys.stdout)
PY

WASM_BINDGEN_TEST_WEBDRIVER_JSON="$work/webdriver.json" wasm-bindgen-test-runner "$@"
