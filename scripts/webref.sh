#!/usr/bin/env bash
# Installs the pinned @webref/idl package (the web platform's IDL, one file per
# spec) into target/webref, unless that version is already there, and prints
# the directory holding the .idl files.
set -euo pipefail

cd "$(dirname "$0")/.."

version="3.85.0"
prefix="target/webref"
package="$prefix/node_modules/@webref/idl"

installed="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$package/package.json" 2>/dev/null || true)"
if [ "$installed" != "$version" ]; then
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --silent \
        "@webref/idl@$version" >&2
fi
echo "$package"
