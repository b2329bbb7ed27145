#!/usr/bin/env bash
# Benchmark: the statistics of a large synthetic province (issue 4, point 8).
#
# Uses the province of scripts/bench-read-dust.sh (20,000 projects, 3,000 dust
# devices × 365 days; generated once into $BENCH_DIR) and times whole processes of
# `smartsite check --verbose`, median of $RUNS runs, reporting:
#   - the whole process and the 计算统计 (statistics) step without dust data
#   - the same with the dust data (the step then includes the dust analysis)
#   - the maximum resident memory of each (GNU time)
#
# Usage (from the repository root): scripts/bench-statistics.sh
#   BENCH_DIR=/tmp/smartsite-bench   RUNS=3   BUILD_FLAGS="--scratch-path .build-x"
set -euo pipefail

BENCH_DIR=${BENCH_DIR:-/tmp/smartsite-bench}
RUNS=${RUNS:-3}
BUILD_FLAGS=${BUILD_FLAGS:-}
[[ -f Package.swift ]] || { echo "run from the repository root" >&2; exit 1; }

# shellcheck disable=SC2086
swift build -c release $BUILD_FLAGS --product smartsite 2>&1 | tail -n 1
# shellcheck disable=SC2086
BIN=$(swift build -c release $BUILD_FLAGS --show-bin-path)/smartsite

DATA=$BENCH_DIR/data
if [[ ! -s $DATA/dust_readings.csv ]]; then
    rm -rf "$DATA"; mkdir -p "$BENCH_DIR"
    "$BIN" demo-data "$DATA" --projects 20000 --seed 1 --dust-devices 3000 --dust-days 365
fi

make_content() {  # make_content DIR FILE...
    local dir=$1; shift
    rm -rf "$dir"; mkdir -p "$dir/data"
    printf 'title: bench\nyear: 2025\n' > "$dir/site.yml"
    for f in "$@"; do ln -s "$DATA/$f" "$dir/data/$f"; done
}
NO_DUST=$BENCH_DIR/stats-no-dust
WITH_DUST=$BENCH_DIR/stats-with-dust
make_content "$NO_DUST" projects.csv verifications.csv platforms.csv providers.csv provider_metrics.csv
make_content "$WITH_DUST" projects.csv verifications.csv platforms.csv providers.csv provider_metrics.csv \
    dust_devices.csv dust_readings.csv stations.csv station_readings.csv

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {  # measure CONTENT → "whole step rss"
    local wholes=() steps=() rss=()
    for _ in $(seq "$RUNS"); do
        local log; log=$(mktemp)
        /usr/bin/time -f '%e %M' -o "$log.time" "$BIN" check --content "$1" --verbose >/dev/null 2>"$log"
        read -r whole kb < "$log.time"
        wholes+=("$whole"); rss+=("$kb")
        steps+=("$(grep '计算统计' "$log" | awk '{print $(NF-1)}')")
        rm -f "$log" "$log.time"
    done
    echo "$(printf '%s\n' "${wholes[@]}" | median) $(printf '%s\n' "${steps[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}

read -r w1 s1 m1 <<< "$(measure "$NO_DUST")"
read -r w2 s2 m2 <<< "$(measure "$WITH_DUST")"
projects=$(( $(wc -l < "$DATA/projects.csv") - 1 ))
echo
echo "statistics of $projects projects, median of $RUNS runs (release build)"
printf '%-34s %12s %16s %12s\n' "content" "process (s)" "statistics (s)" "max RSS (MB)"
printf '%-34s %12s %16s %12d\n' "without dust" "$w1" "$s1" $(( m1 / 1024 ))
printf '%-34s %12s %16s %12d\n' "with a year of dust (3,000 devices)" "$w2" "$s2" $(( m2 / 1024 ))
