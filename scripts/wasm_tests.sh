#!/usr/bin/env bash
# The wasm tests of idlbind-tests (Node and headless Chromium), one test binary at a time.
#
# A browser test binary whose page never reports (wasm-bindgen-test-runner: "Failed to detect
# test as having been run") is run again, at most five times. That hang is Chromium's, not a
# test's: ChromeDriver's log shows the test page's navigation never ending (no load event, the
# page stuck at "Loading scripts..." with no request open to the test server), before any test
# ran. It was seen most with several Chromium sessions at once on a 2-core machine (three
# `browser_callbacks` runs started together: about half hung, with and without `--expose-gc`,
# with `--disable-gpu`, with `--no-zygote`, and with the requestAnimationFrame test skipped;
# `browser_dom`: 0 of 12), and also alone, twice in a row on the first browser binary of a
# clean-clone CI run; the third attempt then passed. tests/webdriver.json's page-load timeout
# (30 s, ChromeDriver's default is 300 s) makes such an attempt fail in under a minute. Every
# other failure (an assertion, a panic, a test that ran and timed out) fails at once, without
# a retry. Each retry is announced, so the log says it happened.
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
