#!/usr/bin/env bash
# Regenerates the web platform data that idlbind ships (macros/codegen/platform/):
# the IDL of every web spec, from the npm package @webref/idl at the pinned
# version, with the package's version, checksums and licence recorded in
# SOURCE.md, and macros/codegen/src/platform/files.rs, the list the macro
# includes. Nothing there is edited by hand; fixes to the platform's IDL are
# overrides kept apart (macros/codegen/platform/overrides.idl, each with its
# reason), which this script does not touch.
#
# Usage: scripts/platform_data.sh [--check]
#   --check  write nothing; fail if the shipped data differs from what the
#            pinned package gives (stale or edited by hand)
set -euo pipefail

cd "$(dirname "$0")/.."
export LC_ALL=C

package="@webref/idl"
version="3.85.0"

check=0
case "${1:-}" in
    "") ;;
    --check) check=1 ;;
    *)
        echo "usage: scripts/platform_data.sh [--check]" >&2
        exit 2
        ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# `npm pack` fetches the published tarball as it is, and reports its checksums.
(cd "$work" && npm pack "$package@$version" --json --silent >pack.json)
tarball="$work/$(node -e 'console.log(require(process.argv[1])[0].filename)' "$work/pack.json")"
integrity="$(node -e 'console.log(require(process.argv[1])[0].integrity)' "$work/pack.json")"
sha256="$(sha256sum "$tarball" | cut -d' ' -f1)"
mkdir -p "$work/package"
tar -xzf "$tarball" -C "$work"
licence="$(node -e 'console.log(require(process.argv[1]).license)' "$work/package/package.json")"

out="$work/out"
mkdir -p "$out/platform/idl" "$out/src/platform"
cp "$work"/package/*.idl "$out/platform/idl/"
files=("$out"/platform/idl/*.idl)

cat >"$out/platform/SOURCE.md" <<MD
# The web platform's IDL, as idlbind ships it

Written by \`scripts/platform_data.sh\`; do not edit. \`idl/\` holds every \`.idl\` file of the
npm package below, unchanged (one file per spec). Fixes to this IDL, if any, are overrides kept
apart in \`overrides.idl\`, each with its reason.

| | |
|---|---|
| package | [$package](https://www.npmjs.com/package/$package) |
| version | $version |
| tarball sha256 | \`$sha256\` |
| npm integrity | \`$integrity\` |
| licence | $licence (the package's \`package.json\`; see LICENSE.md) |
| source | https://github.com/w3c/webref, the IDL extracted from each spec |
| files | ${#files[@]} |
MD

cat >"$out/platform/LICENSE.md" <<MD
# Licence of the data in this folder

The files in \`idl/\` come unchanged from the npm package $package $version, whose
\`package.json\` declares the licence \`$licence\`; the package holds no licence text of its own.
It is published by the w3c/webref project (https://github.com/w3c/webref), which extracts the
IDL from the web's specifications. The licence, as the package declares it:

    MIT License

    Copyright (c) the contributors of w3c/webref

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all
    copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
    SOFTWARE.
MD

{
    echo "// Written by scripts/platform_data.sh from $package $version; do not edit."
    echo
    echo "/// The package the shipped IDL comes from."
    echo "pub const PACKAGE: &str = \"$package@$version\";"
    echo
    echo "/// Every spec's IDL file: its name, and its text."
    echo "pub const FILES: &[(&str, &str)] = &["
    for file in "${files[@]}"; do
        name="$(basename "$file")"
        echo "    (\"$name\", include_str!(\"../../platform/idl/$name\")),"
    done
    echo "];"
} >"$out/src/platform/files.rs"
# As `cargo fmt` leaves it.
rustfmt --edition 2024 "$out/src/platform/files.rs"

shipped=(macros/codegen/platform/idl macros/codegen/platform/SOURCE.md
    macros/codegen/platform/LICENSE.md macros/codegen/src/platform/files.rs)
if [ "$check" -eq 1 ]; then
    status=0
    diff -r "$out/platform/idl" macros/codegen/platform/idl >/dev/null || status=1
    for file in SOURCE.md LICENSE.md; do
        diff -u "$out/platform/$file" "macros/codegen/platform/$file" || status=1
    done
    diff -u "$out/src/platform/files.rs" macros/codegen/src/platform/files.rs || status=1
    if [ "$status" -ne 0 ]; then
        echo "error: the shipped platform data differs from $package $version:" \
            "run scripts/platform_data.sh and commit the result" >&2
        exit 1
    fi
    echo "platform data: up to date with $package $version (${#files[@]} files)"
    exit 0
fi

rm -rf "${shipped[@]}"
mkdir -p macros/codegen/platform macros/codegen/src/platform
cp -r "$out/platform/idl" macros/codegen/platform/idl
cp "$out/platform/SOURCE.md" "$out/platform/LICENSE.md" macros/codegen/platform/
cp "$out/src/platform/files.rs" macros/codegen/src/platform/files.rs
echo "platform data: wrote ${#files[@]} files of $package $version"
