#!/usr/bin/env bash
# The wasm tests of idlbind-tests (Node and headless Chromium), one test binary at a time.
#
# A browser test binary whose page never reports (wasm-bindgen-test-runner: "Failed to detect
# test as having been run", after ChromeDriver's 300 s "Timed out receiving message from
# renderer") is run again, at most twice. That hang is Chromium's, not a test's: ChromeDriver's
# log shows the test page's navigation never ending (no load event), before any test ran. It was
# reproduced only with several Chromium sessions at once on a 2-core machine (three
# `browser_callbacks` runs started together: 2 of 3 hung, with and without `--expose-gc`, with
# `--disable-gpu`, and with the requestAnimationFrame test skipped; `browser_dom`: 0 of 12),
# and the same binary run alone then passed. These scripts run one session at a time. Every
# other failure (an assertion, a panic, a test that ran and timed out) fails at once, without a
# retry. Each retry is announced, so the log says it happened.
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
    for attempt in 1 2 3; do
        out="$(mktemp)"
        # shellcheck disable=SC2086 # `--test name` is two words
        cargo test -p idlbind-tests --target wasm32-unknown-unknown $target 2>&1 | tee "$out"
        status="${PIPESTATUS[0]}"
        if [ "$status" -eq 0 ]; then
            rm -f "$out"
            break
        fi
        if grep -q "$hang" "$out" && [ "$attempt" -lt 3 ]; then
            echo "wasm tests: $target: the page never reported (Chromium hung at load); running it again (attempt $((attempt + 1)) of 3)"
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
