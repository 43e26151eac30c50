#!/usr/bin/env bash
# The wasm tests of idlbind-tests (Node and headless Chromium), one test binary at a time.
#
# A browser test binary whose page never reports (wasm-bindgen-test-runner: "Failed to detect
# test as having been run") is run again, at most five times, and the log says so. That was a
# hang of the runner's page server, not of a test: with the server's threads waiting on idle
# keep-alive connections, a new connection's request stayed unread (seen with `ss`: its bytes
# in the server's receive queue), so the page never finished loading (ChromeDriver: "Timed out
# receiving message from renderer"), more often on a loaded 2-core machine; 4 of 24 runs hung
# in `scripts/browser_soak.sh 3` beside a build. Chromium now reaches that server through
# scripts/lib/loopback_proxy.py (cargo's runner, scripts/wasm_test_runner.sh), which asks it
# each request on a connection of its own; the retry stays as a last guard. Every other
# failure (an assertion, a panic, a test that ran and timed out) fails at once, without a
# retry. tests/webdriver.json's page-load timeout (30 s, ChromeDriver's default is 300 s)
# makes a hung attempt fail in under a minute.
set -uo pipefail

cd "$(dirname "$0")/.."
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

hang='Failed to detect test as having been run'
targets=(--lib)
for file in tests/tests/*.rs; do
    name="$(basename "$file" .rs)"
    targets+=("--test $name")
done

# Build every test binary first, so a hang's retry does not rebuild.
cargo test -p idlbind-tests --target wasm32-unknown-unknown --no-run || exit 1

failed=()
for target in "${targets[@]}"; do
    for attempt in 1 2 3 4 5 6; do
        out="$(mktemp)"
        # shellcheck disable=SC2086 # `--test name` is two words
        cargo test -p idlbind-tests --target wasm32-unknown-unknown $target 2>&1 | tee "$out"
        status="${PIPESTATUS[0]}"
        if [ "$status" -eq 0 ]; then
            rm -f "$out"
            break
        fi
        if grep -q "$hang" "$out" && [ "$attempt" -lt 6 ]; then
            echo "wasm tests: $target: the page never reported (Chromium hung at load); running it again (attempt $((attempt + 1)) of 6)"
            rm -f "$out"
            continue
        fi
        rm -f "$out"
        failed+=("$target")
        break
    done
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "wasm tests: failed: ${failed[*]}"
    exit 1
fi
