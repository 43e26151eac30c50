#!/usr/bin/env bash
# The size part of scripts/bench.sh: the app of benches/apps/ written three ways (idlbind,
# web-sys, hand-written externs), each built for wasm32 in release and run through
# wasm-bindgen --target web. Prints, per variant, the `_bg.wasm` size after wasm-bindgen, the
# same gzipped (-9), after `wasm-opt -Oz` (Debian's binaryen, installed if missing; else "-"),
# and the time of a release build of the app crate alone after `cargo clean -p` (its dependencies are built
# first, untimed: web-sys's compile time is not in the figure, nor idlbind's macro crate's).
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
out="$target_dir/bench-size"
rm -rf "$out"
mkdir -p "$out"

variants=(idlbind web-sys hand)

# wasm-opt from Debian's binaryen package (a registry package, as the issue asks); without it
# (no apt, no root) the column shows "-".
if command -v wasm-opt >/dev/null 2>&1; then
    echo "wasm-opt: present ($(wasm-opt --version))" >&2
elif command -v apt-get >/dev/null 2>&1; then
    echo "wasm-opt: installing Debian's binaryen..." >&2
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binaryen </dev/null >&2 ||
        echo "wasm-opt: install failed; the column will show -" >&2
fi

# Dependencies first, so the timed builds compile only the app crates.
for variant in "${variants[@]}"; do
    cargo build -q -p "idlbind-bench-app-$variant" --target wasm32-unknown-unknown --release >&2
done

printf '%-10s %12s %12s %14s %16s\n' "app" "wasm bytes" "gzip -9" "wasm-opt -Oz" "app compile s"
for variant in "${variants[@]}"; do
    crate="idlbind-bench-app-$variant"
    cargo clean -q -p "$crate" --target wasm32-unknown-unknown --release >&2
    start="$(date +%s.%N)"
    cargo build -q -p "$crate" --target wasm32-unknown-unknown --release >&2
    end="$(date +%s.%N)"
    wasm="$target_dir/wasm32-unknown-unknown/release/${crate//-/_}.wasm"
    wasm-bindgen --target web --out-dir "$out/$variant" --out-name app "$wasm"
    bg="$out/$variant/app_bg.wasm"
    size="$(stat -c %s "$bg")"
    gz="$(gzip -9 -c "$bg" | wc -c)"
    opt="-"
    if command -v wasm-opt >/dev/null 2>&1; then
        wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
            --enable-sign-ext --enable-reference-types --enable-multivalue \
            "$bg" -o "$out/$variant/app_opt.wasm"
        opt="$(stat -c %s "$out/$variant/app_opt.wasm")"
    fi
    printf '%-10s %12s %12s %14s %16.1f\n' "$variant" "$size" "$gz" "$opt" "$(echo "$end - $start" | bc)"
done
