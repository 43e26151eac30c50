#!/usr/bin/env bash
# The benchmarks (issue 6): builds benches/ (crate idlbind-bench) to wasm in release, serves
# it on loopback and runs it in headless Chromium, which prints one line per case: the time
# ratios of idlbind's bindings to hand-written wasm-bindgen externs and to web-sys (min /
# median / max over the repetitions). Then builds the small app of benches/apps/ written
# three ways and prints each one's .wasm size after wasm-bindgen (and after wasm-opt -Oz,
# if wasm-opt is on PATH) and its compile time (the app crate alone, dependencies built).
#
# stdout carries the results; progress and diagnostics go to stderr.
#
# Environment:
#   BENCH_TIMEOUT  seconds to wait for the page to finish (default 600)
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# `bash`: works even if the executable bit was lost in a copy.
bash scripts/setup.sh >&2

timeout_s="${BENCH_TIMEOUT:-600}"
crate=idlbind-bench
target_dir="${CARGO_TARGET_DIR:-$root/target}"
wasm="$target_dir/wasm32-unknown-unknown/release/${crate//-/_}.wasm"
# Served directory: index.html + pkg/. Under target/ so it is never committed.
site="$target_dir/bench-site"

say() { echo "bench: $*" >&2; }

# --- build ---------------------------------------------------------------
say "building $crate (wasm32, release)"
cargo build -p "$crate" --target wasm32-unknown-unknown --release

say "running wasm-bindgen --target web"
rm -rf "$site"
mkdir -p "$site"
wasm-bindgen --target web --out-dir "$site/pkg" --out-name idlbind_bench "$wasm"
cp benches/index.html "$site/"

echo "date: $(date -u +%Y-%m-%d), $(nproc) cores, $(/usr/bin/chromium --version 2>/dev/null | head -n 1), headless"

# --- serve and run -------------------------------------------------------
tmp="$(mktemp -d)"
server_pid=""
driver_pid=""
runner_pid=""

# Everything started here gets killed on any exit, including Ctrl-C.
# Each service runs in its own process group (setsid), so the group kill also
# reaches the Chromium processes chromedriver spawns.
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local pid
    if [ -n "$runner_pid" ]; then
        kill -TERM "$runner_pid" 2>/dev/null || true
    fi
    for pid in "$driver_pid" "$server_pid"; do
        if [ -n "$pid" ]; then
            kill -TERM -- "-$pid" 2>/dev/null || true
        fi
    done
    # A browser that outlived its driver still holds our unique profile dir.
    for pid in $(pgrep -f -- "--user-data-dir=$tmp/profile" || true); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    for pid in "$driver_pid" "$server_pid"; do
        if [ -n "$pid" ]; then
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Port 0: the server picks a free port itself and prints it, so there is no
# race with other processes taking a port we probed.
setsid python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$site" \
    >"$tmp/server.log" 2>&1 &
server_pid=$!

port=""
for _ in $(seq 100); do
    port="$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$tmp/server.log")"
    [ -n "$port" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ -z "$port" ]; then
    say "error: http.server did not start:"
    cat "$tmp/server.log" >&2
    exit 1
fi
say "serving $site on http://127.0.0.1:$port/"

# chromedriver cannot pick its own port, so probe a free one (tiny race).
driver_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
setsid /usr/bin/chromedriver --port="$driver_port" >"$tmp/chromedriver.log" 2>&1 &
driver_pid=$!

ready=""
for _ in $(seq 100); do
    if python3 - "$driver_port" 2>/dev/null <<'EOF'; then
import json, sys, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/status"
with urllib.request.urlopen(url, timeout=2) as resp:
    sys.exit(0 if json.load(resp)["value"]["ready"] else 1)
EOF
        ready=1
        break
    fi
    if ! kill -0 "$driver_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    say "error: chromedriver did not start:"
    cat "$tmp/chromedriver.log" >&2
    exit 1
fi

say "running the benchmarks in headless Chromium (timeout ${timeout_s} s)"
# The outer timeout is a backstop in case a WebDriver call itself hangs.
# Started in the background and waited for: bash runs the INT/TERM traps
# during `wait`, but only after a foreground child has exited.
timeout --kill-after=5 "$((timeout_s + 30))" \
    python3 scripts/webdriver_run.py \
    --driver "http://127.0.0.1:$driver_port" \
    --binary /usr/bin/chromium \
    --user-data-dir "$tmp/profile" \
    --timeout "$timeout_s" \
    "http://127.0.0.1:$port/index.html" &
runner_pid=$!
status=0
wait "$runner_pid" || status=$?
runner_pid=""

if [ "$status" -ne 0 ]; then
    say "FAILED: the benchmark page did not finish (status $status)"
    exit "$status"
fi

# --- size and compile time -----------------------------------------------
bash scripts/bench_size.sh
