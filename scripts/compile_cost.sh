#!/usr/bin/env bash
# Compile cost of binding the platform by name, side by side with web-sys: the same 30
# definitions bound by an `idl!` block in full (benches/compile-cost/idlbind), by a block naming
# the members an app uses of each (benches/compile-cost/idlbind-members), and through web-sys's
# features (benches/compile-cost/web-sys), each a crate of its own outside the workspace, as a
# user's crate is.
#
# Prints, for each crate, the median of RUNS runs (default 3), the two taken in turn:
#   - check: `cargo check --target wasm32-unknown-unknown` of the crate alone, its dependencies
#     built, with no incremental cache (CARGO_INCREMENTAL=0 and the crate's source touched):
#     wall seconds and peak memory of the whole command (rustc's, the largest process);
#   - build: a clean `cargo build --release --target wasm32-unknown-unknown` of the crate and
#     all its dependencies (idlbind or web-sys included), from an empty target directory;
# and the proc macro's own time for each block, from `macros/codegen/tests/platform.rs::timing`:
# the pipeline built optimized and unoptimized (cargo builds proc macros unoptimized in both
# profiles unless `[profile.*.build-override]` says otherwise, so the checks above run it so).
#
# Usage: scripts/compile_cost.sh [RUNS]
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
bash scripts/setup.sh >/dev/null

runs="${1:-3}"
work="$root/target/compile-cost"
mkdir -p "$work"
crates=(idlbind idlbind-members web-sys)
for crate in "${crates[@]}"; do
    rm -rf "$work/$crate"
    cp -r "benches/compile-cost/$crate" "$work/$crate"
    # The workspace's pinned versions of what both share (wasm-bindgen and its macros).
    cp Cargo.lock "$work/$crate/Cargo.lock"
    sed -i "s|path = \"../../../runtime\"|path = \"$root/runtime\"|" "$work/$crate/Cargo.toml"
done

# seconds and peak KB of one command, as `S KB`.
measure() {
    local out
    out="$(mktemp)"
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>&1
    cat "$out"
    rm -f "$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A check_s check_kb build_s
for crate in "${crates[@]}"; do
    # As the timed checks build (CARGO_INCREMENTAL is part of a path dependency's
    # fingerprint): the first timed check then rebuilds the crate alone.
    (cd "$work/$crate" && CARGO_INCREMENTAL=0 cargo check -q --target wasm32-unknown-unknown)
done
for run in $(seq "$runs"); do
    for crate in "${crates[@]}"; do
        touch "$work/$crate/src/lib.rs"
        read -r s kb < <(cd "$work/$crate" && CARGO_INCREMENTAL=0 measure cargo check -q \
            --target wasm32-unknown-unknown)
        check_s[$crate]+="$s "
        check_kb[$crate]+="$kb "
        echo "run $run: $crate check ${s} s, ${kb} KB" >&2
    done
done
for run in $(seq "$runs"); do
    for crate in "${crates[@]}"; do
        rm -rf "$work/$crate/target"
        read -r s _ < <(cd "$work/$crate" && measure cargo build -q --release \
            --target wasm32-unknown-unknown)
        build_s[$crate]+="$s "
        echo "run $run: $crate clean release build ${s} s" >&2
    done
done

# The expansion of a crate's block: `optimized ms, unoptimized ms`.
expansion() {
    local block times=()
    block="$(sed -n '/idl! {/,/^}/p' "benches/compile-cost/$1/src/lib.rs" | sed '1d;$d')"
    for profile in --release ""; do
        # shellcheck disable=SC2086 # no profile flag for the unoptimized build
        times+=("$(IDLBIND_BLOCK="$block" cargo test -q $profile -p idlbind-codegen --test platform \
            -- --ignored --nocapture timing 2>&1 | grep -oE '^[0-9.]+m?s' || echo '?')")
    done
    echo "${times[0]} optimized, ${times[1]} unoptimized"
}

echo
echo "30 platform definitions, median of $runs runs each (wall seconds; memory: peak of the largest process)"
printf '%-16s %12s %14s %22s\n' crate "check s" "check MB" "clean release build s"
for crate in "${crates[@]}"; do
    s="$(tr ' ' '\n' <<<"${check_s[$crate]}" | grep . | median)"
    kb="$(tr ' ' '\n' <<<"${check_kb[$crate]}" | grep . | median)"
    b="$(tr ' ' '\n' <<<"${build_s[$crate]}" | grep . | median)"
    printf '%-16s %12s %14s %22s\n' "$crate" "$s" "$((kb / 1024))" "$b"
done
for crate in idlbind idlbind-members; do
    echo "the idl! block's expansion in $crate: $(expansion "$crate")"
done
