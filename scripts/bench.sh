#!/usr/bin/env bash
# The benchmarks (issue 6): builds benches/ (crate idlbind-bench) to wasm in release, serves
# it on loopback and runs it in headless Chromium, which prints one line per case: the time
# ratios of idlbind's bindings to hand-written wasm-bindgen externs and to web-sys (min /
# median / max over the repetitions). Then builds the small app of benches/apps/ written
# three ways and prints each one's .wasm size after wasm-bindgen (and after wasm-opt -Oz,
# from Debian's binaryen, installed if missing) and its compile time (the app crate alone, dependencies built).
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
# shellcheck source=scripts/lib/wasm_page.sh
source scripts/lib/wasm_page.sh

timeout_s="${BENCH_TIMEOUT:-600}"
crate=idlbind-bench
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Served directory: index.html + pkg/. Under target/ so it is never committed.
site="$target_dir/bench-site"

say() { echo "bench: $*" >&2; }

# --- build ---------------------------------------------------------------
build_wasm_page "$crate" idlbind_bench benches/index.html "$site"

echo "date: $(date -u +%Y-%m-%d), $(nproc) cores, $(/usr/bin/chromium --version 2>/dev/null | head -n 1), headless"

# --- serve and run -------------------------------------------------------
start_page_services "$site"
say "running the benchmarks in headless Chromium (timeout ${timeout_s} s)"
status=0
run_page "$timeout_s" || status=$?

if [ "$status" -ne 0 ]; then
    say "FAILED: the benchmark page did not finish (status $status)"
    exit "$status"
fi

# --- size and compile time -----------------------------------------------
bash scripts/bench_size.sh
