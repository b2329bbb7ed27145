#!/usr/bin/env bash
# Benchmark: drawing the example's standard charts (issue 6, point 8).
#
# Builds the release benchmark target smartsite-bench-charts (own scratch path), which
# loads content/ (site config, data, statistics — what `smartsite build` computes; no
# chapters, nothing written), resolves every standard chart and, in one process, times
# each chart $ITERATIONS times per format: layout alone, SVG, PNG at 2×, a page of a PDF
# document and a one-page PDF file (ms per chart, median and mean).
#
# Then matplotlib draws the same bar chart as `city-coverage` (same 13 values, texts,
# target and province lines, 720 × 440 pt; PNG 1440 × 880 px) $ITERATIONS times to SVG
# and to PNG, in one process (scripts/bench_charts_matplotlib.py, Agg backend). Its
# input is the chart's resolved data printed by `smartsite-bench-charts --dump-bar`, so
# no example build is needed: these are the numbers the example build writes to
# output/data/stats.json (cities[].smart_coverage). matplotlib comes from PyPI into a
# virtualenv under /tmp, never into the project; if pip cannot install it, only the
# SmartSite numbers are printed.
#
# The speed-up is matplotlib's median ÷ SmartSite's median for city-coverage, per format,
# against matplotlib's "fixed" variant (axes at a fixed rectangle: its fastest way) and its
# "constrained" variant (layout="constrained", which measures the labels as our engine does).
#
# Usage (from the repository root): scripts/bench-charts.sh
#   ITERATIONS=200                          timed iterations per chart and format
#   CONTENT=content                         the content folder
#   MPL_VENV=/tmp/smartsite-mpl-venv        the matplotlib virtualenv (made when missing)
#   MPL_SPEC=matplotlib==3.11.2             what pip installs into it
#   BUILD_FLAGS="--scratch-path .build-bench"   flags for `swift build`
set -euo pipefail

ITERATIONS=${ITERATIONS:-200}
CONTENT=${CONTENT:-content}
MPL_VENV=${MPL_VENV:-/tmp/smartsite-mpl-venv}
MPL_SPEC=${MPL_SPEC:-matplotlib==3.11.2}
BUILD_FLAGS=${BUILD_FLAGS:---scratch-path .build-bench}

[[ -f Package.swift ]] || { echo "run from the repository root" >&2; exit 1; }

echo "== building smartsite-bench-charts (release)"
# shellcheck disable=SC2086
swift build -c release $BUILD_FLAGS --product smartsite-bench-charts 2>&1 | tail -n 1
# shellcheck disable=SC2086
BIN=$(swift build -c release $BUILD_FLAGS --show-bin-path)/smartsite-bench-charts

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== SmartSite (Cairo + Pango), $ITERATIONS iterations per chart and format"
"$BIN" --content "$CONTENT" --iterations "$ITERATIONS" | tee "$WORK/swift.txt"
"$BIN" --content "$CONTENT" --dump-bar city-coverage > "$WORK/city-coverage.json"

echo
echo "== matplotlib, the city-coverage bar chart, $ITERATIONS iterations per format"
MPL=yes
if ! "$MPL_VENV/bin/python" -c 'import matplotlib' 2>/dev/null; then
    echo "-- making $MPL_VENV with $MPL_SPEC"
    if ! { python3 -m venv "$MPL_VENV" && "$MPL_VENV/bin/pip" install -q "$MPL_SPEC"; } > "$WORK/pip.log" 2>&1; then
        MPL=no
        echo "!! pip could not install $MPL_SPEC into $MPL_VENV (see below); SmartSite numbers only"
        tail -n 5 "$WORK/pip.log"
    fi
fi
if [[ $MPL == yes ]]; then
    "$MPL_VENV/bin/python" scripts/bench_charts_matplotlib.py --iterations "$ITERATIONS" \
        < "$WORK/city-coverage.json" | tee "$WORK/mpl.txt"
fi

# SmartSite's city-coverage row: name kind, then median/mean pairs for layout svg png pdf-page pdf-file.
read -r SVG PNG < <(awk '$1 == "city-coverage" { print $5, $7 }' "$WORK/swift.txt")
echo
echo "== speed-up for the city-coverage bar chart (median ms per chart; × = matplotlib ÷ SmartSite)"
if [[ $MPL == no ]]; then
    printf '%-8s %10s\n' format SmartSite
    printf '%-8s %10.3f\n' svg "$SVG" png "$PNG"
    exit 0
fi
mpl() { awk -v v="$1" -v f="$2" '$1 == v && $2 == f { print $3 }' "$WORK/mpl.txt"; }
printf '%-8s %10s %12s %8s %12s %8s\n' format SmartSite "mpl fixed" "×" "mpl constr." "×"
for format in svg png; do
    ours=$([[ $format == svg ]] && echo "$SVG" || echo "$PNG")
    awk -v f="$format" -v o="$ours" -v a="$(mpl fixed "$format")" -v b="$(mpl constrained "$format")" \
        'BEGIN { printf "%-8s %10.3f %12.3f %7.1f× %12.3f %7.1f×\n", f, o, a, a / o, b, b / o }'
done
echo
for format in svg png; do
    ours=$([[ $format == svg ]] && echo "$SVG" || echo "$PNG")
    awk -v f="$format" -v o="$ours" -v a="$(mpl fixed "$format")" 'BEGIN {
        x = a / o; printf "target ≥ 10× faster than matplotlib (fixed axes), %s: %s (%.1f×)\n", f, (x >= 10 ? "met" : "NOT met"), x }'
done
