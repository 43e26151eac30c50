#!/usr/bin/env bash
# Runs every check of the workspace: formatting, the shipped platform data,
# clippy, host tests (snapshot, trybuild UI and unit tests), the wasm runtime
# tests (Node and headless Chromium; node_exceptions.rs again in a release
# build), every example app (scripts/examples.sh), the conformance check of
# the generated glue against Chromium (scripts/conformance.sh), and
# scripts/corpus.sh --check (the whole web platform's IDL expanded and
# type-checked, and docs/corpus.md up to date; a few minutes).
#
# Every step runs even if an earlier one failed, so one run shows everything.
# Exits non-zero if any step failed or if no test ran at all. The last line is
# "N passed, N failed ..." summed over cargo's "test result:" lines.
set -euo pipefail

cd "$(dirname "$0")/.."

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# `bash`: works even if the executable bit was lost in a copy.
bash scripts/setup.sh

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

step_names=()
step_results=()
tests_passed=0
tests_failed=0
tests_ignored=0
test_runs=0

# Adds up "test result: ok. 3 passed; 0 failed; 1 ignored; ..." lines, as
# printed by libtest (host) and by wasm-bindgen-test-runner (wasm).
count_tests() {
    local line passed failed ignored
    while IFS= read -r line; do
        passed="$(sed -n 's/.* \([0-9][0-9]*\) passed;.*/\1/p' <<<"$line")"
        failed="$(sed -n 's/.* \([0-9][0-9]*\) failed;.*/\1/p' <<<"$line")"
        ignored="$(sed -n 's/.* \([0-9][0-9]*\) ignored;.*/\1/p' <<<"$line")"
        tests_passed=$((tests_passed + ${passed:-0}))
        tests_failed=$((tests_failed + ${failed:-0}))
        tests_ignored=$((tests_ignored + ${ignored:-0}))
        test_runs=$((test_runs + 1))
    done < <(grep -E '^test result: ' "$1" || true)
}

# step NAME COMMAND...: runs the command, shows and keeps its output, counts
# the tests it reports and records whether it succeeded.
step() {
    local name="$1" log start status=0
    shift
    log="$logs/${#step_names[@]}.log"
    echo
    echo "==> $name: $*"
    start=$SECONDS
    "$@" 2>&1 | tee "$log" || status=$?
    count_tests "$log"
    step_names+=("$name")
    if [ "$status" -eq 0 ]; then
        step_results+=("ok    $(printf '%4d' $((SECONDS - start))) s  $name")
    else
        step_results+=("FAIL  $(printf '%4d' $((SECONDS - start))) s  $name (exit $status)")
    fi
}

step "fmt" cargo fmt --all -- --check
# The shipped platform data (macros/codegen/platform/) is what the pinned npm package gives.
step "platform data" bash scripts/platform_data.sh --check
step "clippy" cargo clippy --workspace --all-targets -- -D warnings
step "host tests" cargo test --workspace --exclude idlbind-tests
# Test files with wasm_bindgen_test_configure!(run_in_browser) run in headless
# Chromium through chromedriver, the others in Node (runner set in
# .cargo/config.toml).
# One binary at a time; a browser binary whose page never loads is retried (see the script).
step "wasm tests" bash scripts/wasm_tests.sh
# The benchmarks (scripts/bench.sh, a separate command: minutes) must keep compiling for wasm.
step "bench build" cargo check --target wasm32-unknown-unknown --release -p idlbind-bench \
    -p idlbind-bench-app-idlbind -p idlbind-bench-app-web-sys -p idlbind-bench-app-hand
# Release builds import the members not marked [Throws] without `catch`: their exceptions
# propagate as themselves, which only a release build can test. After the bench build, whose
# release proc macros it reuses: it adds the wasm crates' optimized builds and one test file.
step "wasm release test" cargo test -p idlbind-tests --release --target wasm32-unknown-unknown \
    --test node_exceptions
# Every example app (examples/*) in Chromium, release and debug builds.
step "examples" bash scripts/examples.sh
# Every JavaScript lookup of the code generated for the web platform's IDL, checked in
# headless Chromium; fails on a wrong binding, not on a stale docs/conformance.md.
step "conformance" bash scripts/conformance.sh --check
step "corpus" bash scripts/corpus.sh --check

steps_failed=0
echo
echo "==> summary"
for result in "${step_results[@]}"; do
    echo "  $result"
    case "$result" in FAIL*) steps_failed=$((steps_failed + 1)) ;; esac
done

status=0
if [ "$steps_failed" -ne 0 ]; then
    status=1
fi
if [ "$test_runs" -eq 0 ] || [ $((tests_passed + tests_failed)) -eq 0 ]; then
    echo "  error: no tests ran" >&2
    status=1
fi
if [ "$tests_failed" -ne 0 ]; then
    status=1
fi

echo "$tests_passed passed, $tests_failed failed, $tests_ignored ignored" \
    "(tests, in $test_runs test runs); steps: $((${#step_names[@]} - steps_failed)) ok, $steps_failed failed"
exit "$status"
