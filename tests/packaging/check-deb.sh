#!/usr/bin/env bash
# Builds the .deb from a build tree with cpack, installs it with dpkg into an empty temporary root
# and checks what a desk gets: the programs, the desktop entry, the AppStream metadata and the icon,
# each valid, and `motcua --version` with no display. Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for p in motcua motcua-cli; do
    [ -x "$build/bin/$p" ] || fail "$build/bin/$p is not built (cmake --build $build)"
done

# 1. The package, written outside the build tree so parallel runs do not meet.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
debs=("$work"/out/motcua_"$version"_*.deb)
[ -f "${debs[0]}" ] || { ls -R "$work/out"; fail "no motcua_${version}_*.deb"; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Control fields: name, version, run-time plugins and the libraries found by dpkg-shlibdeps.
[ "$(dpkg-deb -f "$deb" Package)" = motcua ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6 libqt6keychain1 \
         libsodium23 libqrencode4 libxlsxwriter4; do
    [[ ", $depends," == *", $d"[\ ,]* ]] || fail "Depends lacks $d: $depends"
done

# 3. Installed by the real dpkg into an empty root with its own database. The run-time libraries
#    are not in that database, hence --force-depends; --force-not-root lets a user run the test.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: > "$root/var/lib/dpkg/status"
: > "$root/var/lib/dpkg/available"
dpkg --root="$root" --log="$work/dpkg.log" --force-depends --force-not-root --install "$deb" \
    > "$work/dpkg.out" 2>&1 || { cat "$work/dpkg.out"; fail "dpkg --install"; }
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status} ${Version}' motcua)
[ "$status" = "install ok installed $version" ] || fail "dpkg status: $status"

expected=(
    usr/bin/motcua
    usr/bin/motcua-cli
    usr/share/applications/motcua.desktop
    usr/share/metainfo/vn.motcua.desk.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/motcua.svg
)
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "not installed: /$f"
    dpkg-query --admindir="$root/var/lib/dpkg" -S "/$f" > /dev/null || fail "not owned: /$f"
done
[ -x "$root/usr/bin/motcua" ] && [ -x "$root/usr/bin/motcua-cli" ] || fail "programs not executable"
file -b "$root/usr/bin/motcua" | grep -q 'ELF.*stripped' || fail "motcua: $(file -b "$root/usr/bin/motcua")"
file -b "$root/usr/bin/motcua" | grep -q 'not stripped' && fail "motcua is not stripped"
file -b "$root/usr/share/icons/hicolor/scalable/apps/motcua.svg" | grep -q 'SVG' || fail "icon is not SVG"
# Nothing from the tests or the simulator in the package.
if dpkg-query --admindir="$root/var/lib/dpkg" -L motcua | grep -E 'sim|tst_|bench'; then
    fail "test programs in the package"
fi

# 4. The desktop entry and the metadata are valid as installed.
desktop-file-validate "$root/usr/share/applications/motcua.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/vn.motcua.desk.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q '^Icon=motcua$' "$root/usr/share/applications/motcua.desktop" || fail "desktop Icon="

# 5. The installed programs answer --version with no display and no Qt platform set; the
#    translations are inside the binaries (Vietnamese help without any .qm file installed).
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 "$@"; }
out=$(run "$root/usr/bin/motcua" --version) || fail "motcua --version exited $?"
[ "$out" = "motcua $version" ] || fail "motcua --version printed: $out"
out=$(run "$root/usr/bin/motcua" -v) || fail "motcua -v exited $?"
[ "$out" = "motcua $version" ] || fail "motcua -v printed: $out"
out=$(run "$root/usr/bin/motcua-cli" --version) || fail "motcua-cli --version exited $?"
[ "$out" = "motcua $version" ] || fail "motcua-cli --version printed: $out"
help=$(run "$root/usr/bin/motcua" --help --lang vi) || fail "motcua --help exited $?"
grep -q 'Ngôn ngữ: vi hoặc en.' <<< "$help" || fail "no Vietnamese help: $help"
help=$(run "$root/usr/bin/motcua" --help --lang en) || fail "motcua --help --lang en exited $?"
grep -q 'Language: vi or en.' <<< "$help" || fail "no English help: $help"
if find "$root" -name '*.qm' | grep -q .; then fail ".qm files installed though embedded"; fi

echo "PASS: $(dpkg-query --admindir="$root/var/lib/dpkg" -L motcua | wc -l) paths installed"
