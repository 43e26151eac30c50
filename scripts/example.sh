#!/usr/bin/env bash
# Builds an example app (examples/NAME, hello-dom by default) to wasm, serves it
# on loopback, runs it in headless Chromium and prints the lines the app logs.
# Exits 0 if the app reported success ("done"), non-zero if it failed or did not
# finish in time.
#
# Usage: scripts/example.sh [--debug] [NAME]
#   --debug  a debug build of the app (release by default)
#
# hello-dom has its own index.html; the other apps share examples/page/index.html
# (the page protocol of examples/page) and add the files of their static/ folder.
#
# stdout carries only the app's lines; progress and diagnostics go to stderr.
#
# Environment:
#   EXAMPLE_TIMEOUT  seconds to wait for the page to finish (default 60)
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# `bash`: works even if the executable bit was lost in a copy.
bash scripts/setup.sh >&2
# shellcheck source=scripts/lib/wasm_page.sh
source scripts/lib/wasm_page.sh

profile=release
name=hello-dom
for arg in "$@"; do
    case "$arg" in
        --debug) profile=debug ;;
        -*)
            echo "usage: scripts/example.sh [--debug] [NAME]" >&2
            exit 2
            ;;
        *) name="$arg" ;;
    esac
done
if [ ! -f "examples/$name/Cargo.toml" ] || [ "$name" = page ]; then
    echo "example.sh: no example app examples/$name" >&2
    exit 2
fi

timeout_s="${EXAMPLE_TIMEOUT:-60}"
crate="idlbind-example-$name"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Served directory: index.html + pkg/. Under target/ so it is never committed.
site="$target_dir/example-$name-$profile"

say() { echo "example: $*" >&2; }

# --- build ---------------------------------------------------------------
# hello_dom: the file names index.html imports (pkg/hello_dom.js).
if [ "$name" = hello-dom ]; then
    build_wasm_page "$crate" hello_dom examples/hello-dom/index.html "$site" "$profile"
else
    build_wasm_page "$crate" app examples/page/index.html "$site" "$profile"
    if [ -d "examples/$name/static" ]; then
        cp -r "examples/$name/static/." "$site/"
    fi
fi

# --- serve and run -------------------------------------------------------
start_page_services "$site"
say "loading the page in headless Chromium (timeout ${timeout_s} s)"
status=0
run_page "$timeout_s" || status=$?

case "$status" in
    0) say "ok: the app reported success" ;;
    1) say "FAILED: the app reported failure" ;;
    *) say "FAILED: no result from the page (status $status)" ;;
esac
exit "$status"
