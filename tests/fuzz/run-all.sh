#!/bin/sh
# Builds every libFuzzer target (tests/fuzz/fuzz_*.cpp) in a separate clang build directory and
# runs each one for a fixed time. Not run by CI: run it by hand, e.g. before a release or after
# touching a parser.
#
# Needs clang and its runtime libraries (libFuzzer, AddressSanitizer). On Debian 12:
#     sudo apt-get install clang libclang-rt-14-dev
# but clang 14 cannot build motcua with Debian 12's libstdc++ (no std::expected: libstdc++ 12 offers
# it only when __cpp_concepts >= 202002L, which neither clang 14 nor clang 16 announces). Install
# clang 16 as well: it is in Debian 12 and implements what std::expected needs, so defining the
# macro is enough:
#     sudo apt-get install clang-16 libclang-rt-16-dev
# The script picks the newest clang-NN it finds (or $CC/$CXX when set) and, when <expected> is
# missing only because of that macro, defines __cpp_concepts=202002L for this build.
#
# Environment:
#     FUZZ_SECONDS   seconds per target (default 60)
#     FUZZ_BUILD_DIR build directory (default build-fuzz at the top of the source tree)
#     FUZZ_JOBS      parallel compile jobs (default 2)
# Crashing inputs are written to $FUZZ_BUILD_DIR/fuzz/artifacts/<target>/, the output to
# $FUZZ_BUILD_DIR/fuzz/logs/<target>.log; the corpus each target grows is kept in
# $FUZZ_BUILD_DIR/fuzz/corpus/<target>/ and reused by the next run.
# Exit status: 0 when every target ran its time without finding a problem, 1 otherwise.
set -eu

src=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$src/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}

install_hint="on Debian 12: apt-get install clang-16 libclang-rt-16-dev"
if [ -z "${CXX:-}" ]; then
    CC=clang CXX=clang++
    for v in 19 18 17 16; do
        if command -v "clang++-$v" >/dev/null 2>&1; then
            CC=clang-$v CXX=clang++-$v
            break
        fi
    done
fi
CC=${CC:-clang}
for tool in "$CC" "$CXX" cmake; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "run-all.sh: $tool not found; $install_hint" >&2
        exit 1
    }
done

# std::expected (core/Error.h) with this compiler and the system's C++ library?
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '#include <expected>\nint main() { std::expected<int, int> e{0}; return *e; }\n' \
    >"$probe/expected.cpp"
extra=""
if ! "$CXX" -std=c++2b -fsyntax-only "$probe/expected.cpp" 2>/dev/null; then
    # Only clang 16 and later implement the conditionally trivial special members that
    # libstdc++'s std::expected relies on; older ones may accept the macro and miscompile.
    extra="-D__cpp_concepts=202002L -Wno-macro-redefined"
    major=$("$CXX" -dumpversion | cut -d. -f1)
    # shellcheck disable=SC2086
    if [ "$major" -lt 16 ] \
        || ! "$CXX" -std=c++2b $extra -fsyntax-only "$probe/expected.cpp" 2>/dev/null; then
        echo "run-all.sh: $CXX has no std::expected; $install_hint" >&2
        exit 1
    fi
fi
echo "== compiler: $CXX $extra"

# The whole build is instrumented, so that libFuzzer sees coverage inside motcua_core too.
CC=$CC CXX=$CXX cmake -S "$src" -B "$build" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer $extra" \
    -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --target fuzzers -j "$jobs"

targets=""
for f in "$build"/fuzz/fuzz_*; do
    [ -f "$f" ] && [ -x "$f" ] && targets="$targets ${f##*/}"
done
if [ -z "$targets" ]; then
    echo "run-all.sh: no fuzz targets were built in $build/fuzz" >&2
    exit 1
fi

# Leak reports from Qt's global caches at exit are not bugs of the code under test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# Seeds for an empty corpus, so that the fuzzer starts from inputs that reach the deep checks
# (invented people, as in the unit tests).
seed() {
    case $1 in
    fuzz_cccdqr)
        printf '%s' '001095012345|123456789|Nguyễn Văn An|15031995|Nam|Số 12 phố Huế, Hà Nội|20042021' >"$2/old-card"
        printf '%s\r\n' '079303000123||Trần Thị Bích Ngọc|01052003|Nữ|Quận 5, TP Hồ Chí Minh|10082021' >"$2/crlf"
        printf '%s' '048185000321|201234567|Võ Thị Lan|12071985|Nu|Hải Châu, Đà Nẵng|15072024|Võ Văn Hùng|048155000111' >"$2/newer-card"
        printf '079303000123||Tra\314\202\314\200n Thi\314\243|01052003|Nu\314\233\314\203|Qua\314\243\314\202n 5|10082021' >"$2/nfd"
        ;;
    fuzz_catalog)
        # The shipped sample (cut to -max_len by libFuzzer) and a small complete catalogue.
        cp "$src/resources/catalog/sample-catalog.json" "$2/sample"
        cat >"$2/small" <<'JSON'
{"format": "motcua.catalog", "format_version": 1, "catalog_version": "2026-11-seed",
 "issuer": "Seed", "fields": [{"code": "HT", "name": "Hộ tịch"}, {"code": "CT", "name": "Chứng thực"}],
 "procedures": [
  {"code": "1.001193", "code_confirmed": true, "name": "Thủ tục đăng ký khai sinh", "field": "HT",
   "levels": ["commune"], "online_level": "full", "fee_vnd": 0, "fee_note": "Miễn lệ phí",
   "processing_days": 1, "processing_days_online": 0,
   "papers": [{"code": "TK", "name": "Tờ khai đăng ký khai sinh", "required": true, "copies": 1},
              {"code": "GCS", "name": "Giấy chứng sinh", "required": false}]},
  {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính", "field": "CT",
   "levels": ["commune", "district"], "online_level": "partial", "fee_vnd": 2000,
   "processing_days": 0, "papers": []}
 ]}
JSON
        ;;
    fuzz_response)
        # Byte 0: HTTP status (0 is 200, 5 is 401), byte 1: records pushed, byte 2: cursor asked
        # from; then the body, as in docs/protocol.md.
        printf '\000\000\000%s' '{"error_code": 0, "session": "opaque-token", "expires_in": 28800, "clerk": {"username": "canbo01", "full_name": "Cán bộ", "unit_code": "XA0001"}}' >"$2/login"
        printf '\000\004\000%s' '{"error_code": 0, "message": "", "results": [{"IdempotencyKey": "3f0e", "MaHoSo": "XA0001-261123-01-0001", "result": "created", "MaHoSoTinh": "T000123"}, {"IdempotencyKey": "9a41", "MaHoSo": "XA0001-261123-01-0002", "result": "duplicate", "MaHoSoTinh": "T000098"}, {"IdempotencyKey": "c2d7", "MaHoSo": "XA0001-261123-01-0003", "result": "conflict", "message": "khác nội dung"}, {"IdempotencyKey": "", "MaHoSo": "", "result": "invalid", "message": "missing field ChuHoSo", "reason": "malformed_record"}]}' >"$2/push"
        printf '\000\000\050%s' '{"error_code": 0, "next_cursor": 42, "more": false, "events": [{"cursor": 41, "MaHoSo": "XA0001-261123-01-0001", "kind": "supplement", "TrangThaiHoSo": 5, "NgayHenTra": "20261220160000", "supplement": {"papers": ["Bản sao giấy chứng sinh"], "note": "Bổ sung", "deadline": "20261215170000"}, "ThoiDiemXuLy": "20261124091500"}, {"cursor": 42, "MaHoSo": "XA0001-261123-01-0002", "kind": "citizen_confirmation", "confirmed_at": "20261124093000", "MaDoiTuong": "CD0000000042", "ThoiDiemXuLy": "20261124093000"}]}' >"$2/progress"
        printf '\005\000\000%s' '{"error_code": 1, "message": "missing, unknown or expired session"}' >"$2/refused"
        ;;
    esac
}

status=0
for t in $targets; do
    corpus=$build/fuzz/corpus/$t
    artifacts=$build/fuzz/artifacts/$t
    log=$build/fuzz/logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$build/fuzz/logs"
    [ -n "$(ls -A "$corpus")" ] || seed "$t" "$corpus"
    echo "== $t: ${seconds}s"
    if "$build/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        >"$log" 2>&1; then
        echo "   ok: $(grep -E '^(stat::number_of_executed_units|stat::new_units_added)' \
            "$log" | tr '\n' ' ')"
    else
        echo "   FAILED, see $log and $artifacts/" >&2
        tail -n 30 "$log" >&2
        status=1
    fi
done
exit $status
