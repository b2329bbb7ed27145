#!/usr/bin/env bash
# Benchmark: reading + validating a year of hourly dust readings (issue 3, point 7).
#
# Builds smartsite in release mode, generates (once) a synthetic province with
# 3,000 dust devices × 365 days of hourly readings (~26 M rows, ~1.1 GB), then
# times whole processes, median of $RUNS runs:
#   wc -l               on dust_readings.csv (the floor: just counting lines)
#   check, no readings  `smartsite check` on projects + dust_devices only (the baseline)
#   check + readings    the same plus dust_readings.csv
#   readings alone      the difference of the two checks
# MB/s is the size of dust_readings.csv divided by the time.
#
# Usage (from the repository root): scripts/bench-read-dust.sh
#   BENCH_DIR=/tmp/smartsite-bench   where the data is generated and kept for later runs
#   RUNS=3                           runs per measurement
#   BUILD_FLAGS="--scratch-path .build-x"   extra flags for `swift build`
set -euo pipefail

BENCH_DIR=${BENCH_DIR:-/tmp/smartsite-bench}
RUNS=${RUNS:-3}
BUILD_FLAGS=${BUILD_FLAGS:-}

[[ -f Package.swift ]] || { echo "run from the repository root" >&2; exit 1; }

echo "== building (release)"
# shellcheck disable=SC2086
swift build -c release $BUILD_FLAGS --product smartsite 2>&1 | tail -n 1
# shellcheck disable=SC2086
BIN=$(swift build -c release $BUILD_FLAGS --show-bin-path)/smartsite

DATA=$BENCH_DIR/data
FILE=$DATA/dust_readings.csv
if [[ -s $FILE && -s $DATA/dust_devices.csv && -s $DATA/projects.csv ]]; then
    echo "== reusing $DATA"
else
    echo "== generating $DATA"
    rm -rf "$DATA"
    mkdir -p "$BENCH_DIR"
    "$BIN" demo-data "$DATA" --projects 20000 --seed 1 --dust-devices 3000 --dust-days 365
fi

# Content folders: the baseline (no readings), with readings, and a planted error.
make_content() {  # DIR, then the data files to link
    local dir=$1; shift
    rm -rf "$dir"
    mkdir -p "$dir/data"
    printf 'title: bench\nyear: 2025\n' > "$dir/site.yml"
    for name in "$@"; do ln -s "$DATA/$name" "$dir/data/$name"; done
}
make_content "$BENCH_DIR/check-baseline" projects.csv dust_devices.csv
make_content "$BENCH_DIR/check-readings" projects.csv dust_devices.csv dust_readings.csv
make_content "$BENCH_DIR/check-planted" projects.csv dust_devices.csv
{ head -n 3 "$FILE"; echo "$(sed -n 2p "$FILE" | cut -d, -f1),2025-13-01 10:00,1,1"; } \
    > "$BENCH_DIR/check-planted/data/dust_readings.csv"

# Is the reader wired into `check`? A planted bad time must be reported.
PLANTED=$("$BIN" check --content "$BENCH_DIR/check-planted" 2>&1 || true)
if grep -q 'dust_readings.csv:4' <<< "$PLANTED"; then
    WIRED=yes
else
    WIRED=no
    echo "!! smartsite check does not report a planted error in dust_readings.csv:"
    echo "!! the readings are not read yet, so the check rows below measure nothing useful"
fi

# Whole-process seconds and max RSS (KiB, 0 when /usr/bin/time is missing) of one run of "$@".
TIME_OUT=$(mktemp)
trap 'rm -f "$TIME_OUT"' EXIT
run_once() {
    local start end rss=0
    start=$(date +%s.%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%M' -o "$TIME_OUT" "$@" > /dev/null 2>&1 || true
        rss=$(tail -n 1 "$TIME_OUT")
    else
        "$@" > /dev/null 2>&1 || true
    fi
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" -v rss="$rss" 'BEGIN { printf "%.3f %d\n", b - a, rss }'
}

# Median seconds and the largest max RSS over $RUNS runs: "SECONDS RSS_KIB".
measure() {
    local times=() rss=0 line
    for _ in $(seq "$RUNS"); do
        line=$(run_once "$@")
        times+=("${line% *}")
        (( ${line#* } > rss )) && rss=${line#* }
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], rss }'
}

BYTES=$(stat -c %s "$FILE")
ROWS=$(( $(wc -l < "$FILE") - 1 ))
cat "$FILE" > /dev/null  # warm the page cache

echo "== timing, median of $RUNS runs (wired: $WIRED)"
read -r WC_S WC_RSS < <(measure wc -l "$FILE")
read -r BASE_S BASE_RSS < <(measure "$BIN" check --content "$BENCH_DIR/check-baseline")
read -r FULL_S FULL_RSS < <(measure "$BIN" check --content "$BENCH_DIR/check-readings")
ALONE_S=$(awk -v a="$FULL_S" -v b="$BASE_S" 'BEGIN { d = a - b; print (d > 0.001 ? d : 0.001) }')

row() {  # LABEL SECONDS RSS_KIB
    awk -v label="$1" -v s="$2" -v rss="$3" -v bytes="$BYTES" -v wc="$WC_S" 'BEGIN {
        printf "%-22s %9.2f %10.0f %9.1f %12s\n", label, s, bytes / s / 1e6, s / wc,
               (rss == "" || rss == 0 ? "" : sprintf("%.0f", rss / 1024)) }'
}

echo
awk -v rows="$ROWS" -v bytes="$BYTES" -v file="$FILE" \
    'BEGIN { printf "dust_readings.csv: %d rows, %.1f MB (%s)\n\n", rows, bytes / 1e6, file }'
printf '%-22s %9s %10s %9s %12s\n' "measurement" "seconds" "MB/s" "× wc -l" "max RSS MiB"
row "wc -l" "$WC_S" "$WC_RSS"
row "check, no readings" "$BASE_S" "$BASE_RSS"
row "check + readings" "$FULL_S" "$FULL_RSS"
row "readings alone (diff)" "$ALONE_S" ""
echo
awk -v s="$ALONE_S" -v bytes="$BYTES" 'BEGIN {
    r = bytes / s / 1e6; printf "target ≥ 150 MB/s for the readings: %s (%.0f MB/s)\n", (r >= 150 ? "met" : "NOT met"), r }'
