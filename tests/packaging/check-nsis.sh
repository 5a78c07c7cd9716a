#!/usr/bin/env bash
# The Windows installer script compiles with makensis, warnings as errors, around placeholder
# programs. This checks the script only: nothing is built or run on Windows (docs/windows-installer.md).
# Usage: check-nsis.sh SCRIPT VERSION
set -euo pipefail
script=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deploy/plugins/platforms" "$work/deploy/translations"
for f in motcua.exe motcua-cli.exe Qt6Core.dll plugins/platforms/qwindows.dll; do
    echo placeholder > "$work/deploy/$f"
done
makensis -WX -V2 -DVERSION="$version" -DDEPLOY_DIR="$work/deploy" -DOUT_FILE="$work/motcua-$version-setup.exe" \
    "$script"
[ "$(head -c 2 "$work/motcua-$version-setup.exe")" = MZ ] || { echo "FAIL: no Windows executable" >&2; exit 1; }
# Without the version the script refuses to compile, rather than make a setup of no version.
if makensis -V1 -DDEPLOY_DIR="$work/deploy" -DOUT_FILE="$work/none.exe" "$script" > /dev/null 2>&1; then
    echo "FAIL: compiled without VERSION" >&2; exit 1
fi
echo "PASS: $(stat -c %s "$work/motcua-$version-setup.exe") bytes"
