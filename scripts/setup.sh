#!/usr/bin/env bash
# Installs what building, testing and running the example need, skipping
# whatever is already present, so it is cheap to call before every run.
# Safe on a fresh Debian 12 machine with rustup, and in CI (no stdin).
set -euo pipefail

cd "$(dirname "$0")/.."

# `cargo install` puts binaries here; a fresh shell may not have it on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Run as root directly; elsewhere go through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# --- Rust target and components -------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    echo "wasm target: present"
else
    echo "wasm target: installing..."
    rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
    # Installed components are listed with the host triple: rustfmt-x86_64-...
    if rustup component list --installed | grep -q "^${component}-"; then
        echo "$component: present"
    else
        echo "$component: installing..."
        rustup component add "$component"
    fi
done

# --- wasm-bindgen CLI -------------------------------------------------------
# The CLI must match the `wasm-bindgen` crate in Cargo.lock exactly, or it
# refuses the module (the schema version is embedded in the .wasm).
if [ ! -f Cargo.lock ]; then
    echo "Cargo.lock: missing, generating..."
    cargo generate-lockfile
fi
wb_version="$(awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
if [ -z "$wb_version" ]; then
    echo "error: no wasm-bindgen package in Cargo.lock" >&2
    exit 1
fi

installed_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$installed_wb" = "$wb_version" ] && command -v wasm-bindgen-test-runner >/dev/null; then
    echo "wasm-bindgen-cli $wb_version: present"
else
    echo "wasm-bindgen-cli $wb_version: installing (about 2.5 min)..."
    # No --locked: one of the CLI's locked dependency versions is missing
    # from the registry, so a locked install fails.
    cargo install wasm-bindgen-cli --version "$wb_version"
fi

# --- Chromium and ChromeDriver ---------------------------------------------
# Debian's packages; a test tool's own browser download cannot work here.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium + chromedriver: present"
else
    echo "chromium + chromedriver: installing (about 1 min)..."
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq chromium chromium-driver </dev/null
fi
