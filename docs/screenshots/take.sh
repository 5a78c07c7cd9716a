#!/usr/bin/env bash
# Takes the README's screenshots of the real app under Xvfb: a fresh desk folder with the sample
# units, history and a few dossiers, the simulator on loopback, then one motcua run per screen,
# driven with the keyboard (xdotool). Not run by CI. Usage, from the repository root after a build:
#   bash docs/screenshots/take.sh [OUT_DIR]        (default docs/screenshots)
# Needs: xvfb-run, xdotool, setxkbmap, imagemagick
# (apt-get install xvfb xdotool x11-xkb-utils imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p "${1:-docs/screenshots}"
out="$(realpath "${1:-docs/screenshots}")"
bin="$PWD/build/bin"
work="$(mktemp -d)"
export HOME="$work/home"; mkdir -p "$HOME"
data="$work/desk"
port=8791
server="http://127.0.0.1:$port"
"$bin/motcua-provincial-sim" --port "$port" --data-dir "$work/sim" --test-endpoints >"$work/sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$work/sim.log" && break; sleep 0.1; done

cli() { .ci/with-keyring "$bin/motcua-cli" --data-dir "$data" "$@"; }
cli units import resources/units/sample-units.csv >/dev/null
cli import-dossiers resources/reports/sample-history.jsonl >/dev/null
# A few of today's dossiers; two are sent to the provincial system, the rest wait.
cli dossier add --procedure 1.001193 --name "Nguyễn Văn An" --cccd 001095012345 \
    --phone 0912345678 --paper TK=original --paper GCS=original >/dev/null
cli dossier add --procedure 1.001193 --name "Trần Thị Bình" --cccd 001185012346 \
    --phone 0987654321 --paper TK=original --paper GCS=copy >/dev/null
MOTCUA_PASSWORD=motcua-demo cli sync --server "$server" --user canbo01 >/dev/null || true
cli dossier add --procedure 1.001193 --name "Lê Văn Cường" --cccd 001090012347 \
    --phone 0901234567 --paper TK=original --paper GCS=original >/dev/null

# shot NAME USER "STEP;STEP;…" [motcua options]: signs in as USER, runs the steps (an xdotool key
# name, "type:TEXT" typed like a clerk, "scan:TEXT" typed as fast as a QR scanner then Enter,
# "wait:SECONDS"), and saves out/NAME.png. Alt does not reach Qt through xdotool on a bare Xvfb, so
# pages are reached with Ctrl+Tab.
shot() {
    local name=$1 user=$2 keys=$3; shift 3
    .ci/with-keyring xvfb-run -a -s "-screen 0 1280x820x24" bash -c '
        set -e
        setxkbmap us 2>/dev/null || true # Xvfb starts without modifier mappings xdotool can use
        "$0" --data-dir "$1" --server "$2" --lang vi "${@:6}" &
        app=$!
        for _ in $(seq 100); do xdotool search --name "Đăng nhập" >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 1
        win=$(xdotool search --name "Đăng nhập" | head -1)
        xdotool windowfocus --sync "$win"
        xdotool key --delay 40 shift+Tab ctrl+a; xdotool type --delay 20 "$3"
        xdotool key Tab; xdotool type --delay 20 motcua-demo; xdotool key Return
        sleep 3
        main=$(xdotool search --name "motcua" | head -1)
        xdotool windowfocus --sync "$main" 2>/dev/null || true
        IFS=";" read -ra steps <<<"$4"
        for k in "${steps[@]}"; do
            case "$k" in
                type:*) xdotool type --delay 30 "${k#type:}" ;;
                scan:*) xdotool type --delay 4 "${k#scan:}"; xdotool key Return ;;
                wait:*) sleep "${k#wait:}" ;;
                *) xdotool key --clearmodifiers --delay 80 "$k" ;;
            esac
        done
        sleep 2
        target=""
        [ -n "${SHOT_WINDOW:-}" ] && target=$(xdotool search --onlyvisible --name "$SHOT_WINDOW" | head -1)
        if [ -n "$target" ]; then
            import -window "$target" "$5"
        else
            import -window root "$5"
        fi
        kill $app' "$bin/motcua" "$data" "$server" "$user" "$keys" "$out/$name.png" "$@"
    echo "$out/$name.png"
}
qr="079303000123|025123456|Trần Thị Ngọc Ánh|01052003|Nữ|12 Lý Tự Trọng, Phường Bến Nghé, TP. Hồ Chí Minh|15082021"
applicant="ctrl+n;type:khai sinh;wait:1;Return;wait:1;scan:$qr;wait:1;Tab;Tab;Tab;Tab;Tab;Tab;type:0912345678"
shot intake canbo01 "$applicant;wait:1"
shot queue canbo01 "ctrl+Tab;wait:1"
shot reports giamsat01 "ctrl+Tab;ctrl+Tab;wait:3"
shot day-end giamsat01 "ctrl+Tab;ctrl+Tab;ctrl+Tab;wait:2"
shot settings quantri01 "ctrl+Tab;ctrl+Tab;ctrl+Tab;ctrl+Tab;wait:2"
shot high-contrast-offline canbo01 "wait:1" --high-contrast --server http://127.0.0.1:9
