# shellcheck shell=bash
# A wasm app page in headless Chromium, as scripts/example.sh and scripts/bench.sh run one:
# build a crate to wasm into a directory with its index.html, serve that directory on
# loopback, drive Chromium to it through chromedriver and relay the lines the page logs.
#
# Sourced, not run: the services are stopped by an EXIT trap of the calling shell, and its
# INT/TERM traps must run while it waits for the page. Expects the repository root as the
# working directory, scripts/setup.sh already run, and a `say` function of the caller for
# progress lines (on stderr).

# build_wasm_page CRATE OUT_NAME INDEX_HTML SITE [PROFILE]: builds CRATE for wasm32 (in
# release, or in PROFILE: release or debug) and writes SITE afresh: INDEX_HTML, and pkg/ with
# wasm-bindgen's output, files named OUT_NAME.
build_wasm_page() {
    local crate="$1" out_name="$2" index_html="$3" site="$4" profile="${5:-release}"
    local wasm="${CARGO_TARGET_DIR:-$PWD/target}/wasm32-unknown-unknown/$profile/${crate//-/_}.wasm"
    local flags=(--release)
    if [ "$profile" = debug ]; then
        flags=()
    fi

    say "building $crate (wasm32, $profile)"
    cargo build -p "$crate" --target wasm32-unknown-unknown "${flags[@]}"

    say "running wasm-bindgen --target web"
    rm -rf "$site"
    mkdir -p "$site"
    wasm-bindgen --target web --out-dir "$site/pkg" --out-name "$out_name" "$wasm"
    cp "$index_html" "$site/"
}

# wait_until PID COMMAND...: runs COMMAND every 0.1 s, up to 100 times, until it succeeds;
# gives up early once process PID has exited. Succeeds if COMMAND did.
wait_until() {
    local pid="$1"
    shift
    for _ in $(seq 100); do
        "$@" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# Sets page_port to the port http.server printed, once it has.
server_port_known() {
    page_port="$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$page_tmp/server.log")"
    [ -n "$page_port" ]
}

# Whether chromedriver on page_driver_port reports itself ready.
driver_ready() {
    python3 - "$page_driver_port" 2>/dev/null <<'EOF'
import json, sys, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/status"
with urllib.request.urlopen(url, timeout=2) as resp:
    sys.exit(0 if json.load(resp)["value"]["ready"] else 1)
EOF
}

# start_page_services SITE: serves SITE on loopback and starts chromedriver, for run_page.
# Sets the EXIT, INT and TERM traps: from here on, everything started is killed on any exit
# of the calling shell, including Ctrl-C.
start_page_services() {
    local site="$1"
    page_tmp="$(mktemp -d)"
    page_server_pid=""
    page_driver_pid=""
    page_runner_pid=""
    trap stop_page_services EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    # Port 0: the server picks a free port itself and prints it, so there is no
    # race with other processes taking a port we probed. The log exists before the
    # server starts, so the first read below cannot fail under `set -e`.
    : >"$page_tmp/server.log"
    setsid python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$site" \
        >"$page_tmp/server.log" 2>&1 &
    page_server_pid=$!

    page_port=""
    if ! wait_until "$page_server_pid" server_port_known; then
        say "error: http.server did not start:"
        cat "$page_tmp/server.log" >&2
        exit 1
    fi
    say "serving $site on http://127.0.0.1:$page_port/"

    # chromedriver cannot pick its own port, so probe a free one (tiny race).
    page_driver_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    setsid /usr/bin/chromedriver --port="$page_driver_port" >"$page_tmp/chromedriver.log" 2>&1 &
    page_driver_pid=$!

    if ! wait_until "$page_driver_pid" driver_ready; then
        say "error: chromedriver did not start:"
        cat "$page_tmp/chromedriver.log" >&2
        exit 1
    fi
}

# run_page TIMEOUT: loads the served index.html in headless Chromium and prints the page's
# log lines on stdout until it finishes. Returns scripts/webdriver_run.py's status: 0 if the
# page reported "done", 1 if "failed", another value if it did not finish in TIMEOUT s.
run_page() {
    local timeout_s="$1" status=0
    # The outer timeout is a backstop in case a WebDriver call itself hangs.
    # Started in the background and waited for: bash runs the INT/TERM traps
    # during `wait`, but only after a foreground child has exited.
    timeout --kill-after=5 "$((timeout_s + 30))" \
        python3 scripts/webdriver_run.py \
        --driver "http://127.0.0.1:$page_driver_port" \
        --binary /usr/bin/chromium \
        --user-data-dir "$page_tmp/profile" \
        --timeout "$timeout_s" \
        "http://127.0.0.1:$page_port/index.html" &
    page_runner_pid=$!
    wait "$page_runner_pid" || status=$?
    page_runner_pid=""
    return "$status"
}

# Each service runs in its own process group (setsid), so the group kill also
# reaches the Chromium processes chromedriver spawns.
# shellcheck disable=SC2317  # invoked by the EXIT trap
stop_page_services() {
    local pid
    if [ -n "$page_runner_pid" ]; then
        kill -TERM "$page_runner_pid" 2>/dev/null || true
    fi
    for pid in "$page_driver_pid" "$page_server_pid"; do
        if [ -n "$pid" ]; then
            kill -TERM -- "-$pid" 2>/dev/null || true
        fi
    done
    # A browser that outlived its driver still holds our unique profile dir.
    for pid in $(pgrep -f -- "--user-data-dir=$page_tmp/profile" || true); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    for pid in "$page_driver_pid" "$page_server_pid"; do
        if [ -n "$pid" ]; then
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$page_tmp"
}
