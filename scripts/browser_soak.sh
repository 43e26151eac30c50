#!/usr/bin/env bash
# The browser tests (the test binaries of idlbind-tests that run in Chromium), ROUNDS times in
# a row (default 30), each binary once a round, with no retry: prints each run that failed and
# whether its page never reported (the load hang that scripts/wasm_tests.sh retries), then the
# counts. Exits non-zero if any run failed.
#
# Usage: scripts/browser_soak.sh [ROUNDS]
set -uo pipefail

cd "$(dirname "$0")/.."
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
rounds="${1:-30}"
hang='Failed to detect test as having been run'

browser_tests=()
for file in tests/tests/*.rs; do
    if grep -q 'run_in_browser\|run_in_dedicated_worker\|run_in_shared_worker' "$file"; then
        browser_tests+=("$(basename "$file" .rs)")
    fi
done

cargo test -q -p idlbind-tests --target wasm32-unknown-unknown --no-run || exit 1

runs=0
hangs=0
failures=0
for round in $(seq "$rounds"); do
    for name in "${browser_tests[@]}"; do
        out="$(mktemp)"
        cargo test -p idlbind-tests --target wasm32-unknown-unknown --test "$name" >"$out" 2>&1
        status=$?
        runs=$((runs + 1))
        if [ "$status" -ne 0 ]; then
            if grep -q "$hang" "$out"; then
                hangs=$((hangs + 1))
                echo "round $round: $name: the page never reported"
            else
                failures=$((failures + 1))
                echo "round $round: $name: failed"
                tail -20 "$out"
            fi
        fi
        rm -f "$out"
    done
    echo "round $round of $rounds done: $runs runs, $hangs hangs, $failures other failures"
done
echo "browser soak: ${#browser_tests[@]} test binaries x $rounds rounds = $runs runs: $hangs hangs, $failures other failures"
[ "$hangs" -eq 0 ] && [ "$failures" -eq 0 ]
