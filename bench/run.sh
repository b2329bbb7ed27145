#!/usr/bin/env bash
# Whole-build benchmark of SmartSite against Hugo, Typst and matplotlib (issue 9, point 8).
#
# Not part of `make test`. Run from the repository root:
#
#   bench/run.sh
#
# Knobs (environment):
#   RUNS=5                              runs per measurement (median time, peak RSS over the runs)
#   BENCH_DIR=/tmp/smartsite-bench      where the province is generated once and kept, and the work folders
#   SKIP_HUGO=1  SKIP_TYPST=1  SKIP_MPL=1   leave out a comparison
#   TYPST_VENV=/tmp/smartsite-typst-venv    virtualenv for Typst from PyPI (made when missing)
#   TYPST_SPEC=typst==0.15.2                what pip installs into it
#   MPL_ITERATIONS=50                   iterations per chart for scripts/bench-charts.sh
#
# What it does:
#   1. builds the release binary (scratch path .build-bench) and generates the 20,000-project
#      province with a year of hourly dust data (3,000 devices × 365 days) once into $BENCH_DIR/data
#      (the same data as scripts/bench-read-dust.sh and scripts/bench-statistics.sh; reused when present);
#   2. two cases, each a copy of the shipped example (content/ and templates/) whose data/ is
#      symlinks to the province: A without the dust and station files, B with the year of dust.
#      Each run times, as whole processes (wall clock; peak RSS from GNU time):
#        clean build         output/ and every .cache/ removed first
#        no-change rebuild   the same build again on that output
#        one-chapter edit    a sentence appended to reports/annual/01-overview.md, then a build
#        --no-pdf build      clean, without the PDFs
#   3. Hugo (Debian package) building as many Markdown pages as SmartSite wrote HTML pages,
#      with a minimal one-folder theme;
#   4. Typst (PyPI) compiling a document with as many pages as SmartSite's PDFs have together,
#      in a fresh Python process per run;
#   5. matplotlib drawing the city-coverage chart (scripts/bench-charts.sh, which also times
#      SmartSite's charts);
#   6. a table of medians and peak RSS, then the comparisons and the targets of the issue.
set -euo pipefail

RUNS=${RUNS:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/smartsite-bench}
SKIP_HUGO=${SKIP_HUGO:-}
SKIP_TYPST=${SKIP_TYPST:-}
SKIP_MPL=${SKIP_MPL:-}
TYPST_VENV=${TYPST_VENV:-/tmp/smartsite-typst-venv}
TYPST_SPEC=${TYPST_SPEC:-typst==0.15.2}
MPL_ITERATIONS=${MPL_ITERATIONS:-50}
SCRATCH=.build-bench
FONT_DIR=/usr/share/fonts/opentype/noto

[[ -f Package.swift && -d content && -d templates ]] || { echo "run from the repository root" >&2; exit 1; }
REPO=$(pwd)
DATA=$BENCH_DIR/data
WORK=$BENCH_DIR/run
TIME_FILE=$(mktemp)
trap 'rm -f "$TIME_FILE"' EXIT

# Results, keyed "CASE|OPERATION": space-separated seconds of every run, and the largest max RSS (KiB).
declare -A TIMES=()
declare -A PEAK_KB=()
# Pages each case wrote: HTML files and PDF pages, keyed by case.
declare -A HTML_PAGES=()
declare -A PDF_PAGES=()
declare -A HTML_TEXT=()

log() {
    echo "== $*"
}

warn() {
    echo "!! $*"
}

# ---------------------------------------------------------------------------------------------
# Installing what is missing (apt with sudo when not root, as scripts/install-deps.sh does)
# ---------------------------------------------------------------------------------------------

APT_UPDATED=no

# apt_install PACKAGE...: installs the Debian packages; returns non-zero when that is impossible.
apt_install() {
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo > /dev/null; then
            warn "need root or sudo to install: $*"
            return 1
        fi
        sudo="sudo"
    fi
    echo "-- installing with apt-get: $*"
    if [[ $APT_UPDATED == no ]]; then
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
        APT_UPDATED=yes
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" < /dev/null > /dev/null
}

# The tools every part needs: GNU time for the peak RSS, pdfinfo for counting PDF pages.
ensure_base_tools() {
    if [[ ! -x /usr/bin/time ]]; then
        apt_install time
    fi
    if ! command -v pdfinfo > /dev/null; then
        apt_install poppler-utils
    fi
}

# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------

# run_timed LOG COMMAND...: runs the command once, its output into LOG, and sets LAST_SECONDS
# (wall clock of the whole process, in seconds with ms) and LAST_KB (its max RSS in KiB).
# A failing command stops the benchmark: a number from a failed build means nothing.
run_timed() {
    local log=$1
    shift
    local start end status=0
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$TIME_FILE" "$@" > "$log" 2>&1 || status=$?
    end=$(date +%s.%N)
    if [[ $status -ne 0 ]]; then
        warn "failed with status $status: $*"
        tail -n 20 "$log"
        exit 1
    fi
    LAST_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    LAST_KB=$(tail -n 1 "$TIME_FILE")
}

# record KEY: adds the last run_timed to the results under KEY ("CASE|OPERATION").
record() {
    local key=$1
    TIMES[$key]="${TIMES[$key]:-} $LAST_SECONDS"
    if [[ -z ${PEAK_KB[$key]:-} || $LAST_KB -gt ${PEAK_KB[$key]} ]]; then
        PEAK_KB[$key]=$LAST_KB
    fi
}

# median KEY: the median of the seconds recorded under KEY (the lower middle one for an even count).
median() {
    printf '%s\n' ${TIMES[$1]} | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# peak_mb KEY: the largest max RSS recorded under KEY, in MB (MiB).
peak_mb() {
    awk -v kb="${PEAK_KB[$1]}" 'BEGIN { printf "%.0f", kb / 1024 }'
}

# ---------------------------------------------------------------------------------------------
# SmartSite
# ---------------------------------------------------------------------------------------------

# Builds the release binary; other builds in the same tree may edit sources meanwhile, so a
# failed build is tried again (up to three times) before giving up.
build_smartsite() {
    log "building smartsite (release, --scratch-path $SCRATCH)"
    local attempt
    for attempt in 1 2 3; do
        if swift build -c release --scratch-path "$SCRATCH" --product smartsite > "$BENCH_DIR/swift-build.log" 2>&1; then
            tail -n 1 "$BENCH_DIR/swift-build.log"
            BIN=$REPO/$SCRATCH/release/smartsite
            return 0
        fi
        warn "swift build failed (attempt $attempt), see $BENCH_DIR/swift-build.log"
        tail -n 5 "$BENCH_DIR/swift-build.log"
    done
    exit 1
}

# Generates the province once (20,000 projects, seed 1, 3,000 dust devices × 365 days), or reuses it.
ensure_province() {
    if [[ -s $DATA/dust_readings.csv && -s $DATA/dust_devices.csv && -s $DATA/projects.csv ]]; then
        log "reusing the province in $DATA"
        return 0
    fi
    log "generating the province into $DATA (20,000 projects, a year of dust for 3,000 devices; a few minutes)"
    rm -rf "$DATA"
    mkdir -p "$BENCH_DIR"
    "$BIN" demo-data "$DATA" --projects 20000 --seed 1 --dust-devices 3000 --dust-days 365
}

# make_site DIR WITH_DUST: DIR/content is a copy of the example (chapters, pages, cases, site.yml)
# with data/ replaced by symlinks to the province; DIR/templates a copy of templates/ (found
# beside the content). WITH_DUST=no leaves out dust_*.csv and station*.csv.
make_site() {
    local dir=$1 with_dust=$2
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$REPO/content" "$dir/content"
    cp -r "$REPO/templates" "$dir/templates"
    rm -rf "$dir/content/data"
    mkdir "$dir/content/data"
    local file name
    for file in "$DATA"/*.csv; do
        name=$(basename "$file")
        if [[ $with_dust == no && ( $name == dust_* || $name == station* ) ]]; then
            continue
        fi
        ln -s "$file" "$dir/content/data/$name"
    done
}

# clean_site DIR: removes what an earlier build left: the output and any content-hash cache
# (.cache/ beside the content, in the content, and in the working directory, which is DIR).
clean_site() {
    local dir=$1
    rm -rf "$dir/output" "$dir/.cache" "$dir/content/.cache"
}

# smartsite_build DIR [FLAGS...]: one timed `smartsite build --quiet` of DIR/content into DIR/output.
smartsite_build() {
    local dir=$1
    shift
    run_timed "$dir/build.log" "$BIN" build --content "$dir/content" --output "$dir/output" --quiet "$@"
}

# html_text_bytes DIR: the size of the text of every HTML page under DIR (tags removed,
# runs of blanks and newlines squeezed), to compare how much the pages hold.
html_text_bytes() {
    find "$1" -name '*.html' -exec cat {} + | sed 's/<[^>]*>//g' | tr -s ' \n' | wc -c
}

# pdf_pages FILE: the page count of a PDF.
pdf_pages() {
    pdfinfo "$1" 2> /dev/null | awk '$1 == "Pages:" { print $2 }'
}

# count_pages CASE DIR: HTML files (and their text) and PDF pages of the output just built.
count_pages() {
    local case=$1 dir=$2 pdf pages total=0
    HTML_PAGES[$case]=$(find "$dir/output" -name '*.html' | wc -l)
    HTML_TEXT[$case]=$(html_text_bytes "$dir/output")
    while IFS= read -r pdf; do
        pages=$(pdf_pages "$pdf")
        total=$(( total + pages ))
    done < <(find "$dir/output" -name '*.pdf')
    PDF_PAGES[$case]=$total
}

# measure_case CASE DIR: RUNS runs of the four operations on the site in DIR. Also records, under
# "CASE|PDF part", each run's clean build minus its --no-pdf build: the time the PDFs take.
measure_case() {
    local case=$1 dir=$2 run clean_seconds
    local chapter=$dir/content/reports/annual/01-overview.md
    pushd "$dir" > /dev/null
    for run in $(seq "$RUNS"); do
        echo "-- $case, run $run of $RUNS"

        clean_site "$dir"
        smartsite_build "$dir"
        record "$case|clean build"
        clean_seconds=$LAST_SECONDS
        if [[ $run -eq 1 ]]; then
            count_pages "$case" "$dir"
        fi

        smartsite_build "$dir"
        record "$case|no-change rebuild"

        printf '\n基准测试第 %d 次修改：本句由 bench/run.sh 追加，模拟编辑一章后重新生成。\n' "$run" >> "$chapter"
        smartsite_build "$dir"
        record "$case|one-chapter edit"
        if ! grep -rqF "基准测试第 $run 次修改" "$dir/output/annual"; then
            warn "the edit of run $run is not in output/annual: the rebuild missed it"
        fi

        clean_site "$dir"
        smartsite_build "$dir" --no-pdf
        record "$case|--no-pdf build"
        TIMES["$case|PDF part"]+=" $(awk -v a="$clean_seconds" -v b="$LAST_SECONDS" 'BEGIN { printf "%.3f", a - b }')"
    done
    popd > /dev/null
}

# ---------------------------------------------------------------------------------------------
# Text for the comparison documents: the prose of the example's Markdown files
# ---------------------------------------------------------------------------------------------

# Writes the example's paragraphs, one a line, to $WORK/prose.txt: no front matter, headings,
# fenced blocks, tables or images; placeholders become a number; Markdown marks are dropped.
make_prose() {
    local file
    for file in "$REPO"/content/reports/*/*.md "$REPO"/content/cases/*.md "$REPO"/content/cases/*/index.md "$REPO"/content/pages/*.md; do
        awk '
            NR == 1 && $0 == "---" { front = 1; next }
            front { if ($0 == "---") front = 0; next }
            /^```/ { fenced = !fenced; next }
            fenced { next }
            /^(#|\||!\[|[[:space:]]*$)/ { next }
            {
                line = $0
                gsub(/\{\{[^}]*\}\}/, "87.3", line)
                gsub(/\[@[^]]*\]/, "", line)
                gsub(/\[[^]]*\]\([^)]*\)/, "链接", line)
                gsub(/[*`]/, "", line)
                sub(/^[>[:space:]-]+/, "", line)
                if (length(line) > 20) print line
            }' "$file"
    done > "$WORK/prose.txt"
    PROSE_LINES=$(wc -l < "$WORK/prose.txt")
}

# paragraph N: the N-th paragraph of the prose, cycling.
paragraph() {
    sed -n "$(( $1 % PROSE_LINES + 1 ))p" "$WORK/prose.txt"
}

CITIES=(南京市 无锡市 徐州市 常州市 苏州市 南通市 连云港市 淮安市 盐城市 扬州市 镇江市 泰州市 宿迁市)

# table_rows FORMAT PAGE ROWS: ROWS rows of made-up figures (city, projects, smart sites, two rates)
# for page PAGE, as Markdown table rows (FORMAT md) or as the cells of a Typst #table (FORMAT typst).
table_rows() {
    awk -v format="$1" -v page="$2" -v rows="$3" -v cities="${CITIES[*]}" 'BEGIN {
        n = split(cities, city, " ")
        for (row = 0; row < rows; row++) {
            name = city[(page + row) % n + 1]
            projects = 800 + (page * 37 + row * 11) % 900
            smart = 500 + (page * 13 + row * 7) % 300
            coverage = sprintf("%d.%d%%", 60 + (page + row) % 40, row % 10)
            connected = sprintf("%d.%d%%", 70 + (page * 3 + row) % 30, page % 10)
            if (format == "md")
                printf "| %s | %d | %d | %s | %s |\n", name, projects, smart, coverage, connected
            else
                printf "  [%s], [%d], [%d], [%s], [%s],\n", name, projects, smart, coverage, connected
        }
    }'
}

# ---------------------------------------------------------------------------------------------
# Hugo
# ---------------------------------------------------------------------------------------------

# make_hugo_site DIR PAGES ROWS: a Hugo site with a minimal theme whose build writes PAGES HTML
# files: the home page, one section list and PAGES - 2 Markdown pages, each four paragraphs of the
# example's prose and a table of ROWS rows.
make_hugo_site() {
    local dir=$1 pages=$2 rows=$3
    rm -rf "$dir"
    mkdir -p "$dir/content/pages" "$dir/themes/minimal/layouts/_default"
    cat > "$dir/hugo.toml" <<'EOF'
baseURL = "http://localhost/"
languageCode = "zh-cn"
title = "江苏省智慧工地建设发展报告"
theme = "minimal"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
    cat > "$dir/themes/minimal/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>江苏省住房和城乡建设厅</footer>
</body>
</html>
EOF
    cat > "$dir/themes/minimal/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
EOF
    cat > "$dir/themes/minimal/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
    printf -- '---\ntitle: 首页\n---\n\n%s\n' "$(paragraph 0)" > "$dir/content/_index.md"
    printf -- '---\ntitle: 各章\n---\n' > "$dir/content/pages/_index.md"
    local page
    for page in $(seq 1 $(( pages - 2 ))); do
        {
            printf -- '---\ntitle: 第 %d 页\n---\n\n' "$page"
            printf '## 总体情况\n\n%s\n\n%s\n\n' "$(paragraph $(( page * 4 )))" "$(paragraph $(( page * 4 + 1 )))"
            printf '## 主要指标\n\n%s\n\n%s\n\n' "$(paragraph $(( page * 4 + 2 )))" "$(paragraph $(( page * 4 + 3 )))"
            printf '| 地区 | 在建工程 | 智慧工地 | 覆盖率 | 接入率 |\n|---|---:|---:|---:|---:|\n'
            table_rows md "$page" "$rows"
        } > "$dir/content/pages/page-$(printf '%05d' "$page").md"
    done
}

# Hugo's two page sizes, in the order they are reported: "same text" (as much text per page as
# SmartSite's pages hold on average) and "20-row tables" (a short chapter and a 20-row table).
HUGO_VARIANTS=("same text" "20-row tables")
declare -A HUGO_PAGES=()
declare -A HUGO_TEXT=()

# bench_hugo PAGES TEXT: installs Hugo when missing, then times clean builds of PAGES pages in both
# variants. For "same text" the pages hold about TEXT bytes of text together, as SmartSite's do:
# the table of each page gets as many rows as that takes (a row is about 31 bytes of text, the
# rest of a page about 800).
bench_hugo() {
    local pages=$1 text=$2 rows
    if ! command -v hugo > /dev/null && ! apt_install hugo; then
        warn "could not install Hugo; no Hugo comparison"
        return 0
    fi
    HUGO_VERSION=$(hugo version | awk '{ print $2 }')
    rows=$(( (text / pages - 800) / 31 ))
    if (( rows < 20 )); then
        rows=20
    fi
    time_hugo "same text" "$pages" "$rows"
    time_hugo "20-row tables" "$pages" 20
}

# time_hugo VARIANT PAGES ROWS: RUNS clean `hugo --quiet` builds (public/ and resources/ removed first).
time_hugo() {
    local variant=$1 pages=$2 rows=$3 dir=$WORK/hugo-$3 run
    log "Hugo $HUGO_VERSION, $variant: $pages pages with tables of $rows rows, $RUNS clean builds"
    make_hugo_site "$dir" "$pages" "$rows"
    for run in $(seq "$RUNS"); do
        rm -rf "$dir/public" "$dir/resources"
        run_timed "$WORK/hugo.log" hugo --quiet --source "$dir"
        record "Hugo|pages, $variant"
    done
    HUGO_PAGES[$variant]=$(find "$dir/public" -name '*.html' | wc -l)
    HUGO_TEXT[$variant]=$(html_text_bytes "$dir/public")
}

# ---------------------------------------------------------------------------------------------
# Typst
# ---------------------------------------------------------------------------------------------

# make_typst_document FILE PAGES: PAGES A4 pages in Noto Serif CJK SC, each a heading, three
# paragraphs and a 15-row table, separated by page breaks.
make_typst_document() {
    local file=$1 pages=$2 page row text
    {
        printf '#set page(paper: "a4", margin: (x: 2.5cm, y: 2.5cm), numbering: "1")\n'
        printf '#set text(font: "Noto Serif CJK SC", size: 10.5pt, lang: "zh")\n'
        printf '#set par(justify: true, first-line-indent: 2em, leading: 0.8em)\n\n'
        for page in $(seq 1 "$pages"); do
            if [[ $page -gt 1 ]]; then
                printf '#pagebreak()\n'
            fi
            printf '= 第 %d 节 智慧工地建设情况\n\n' "$page"
            for row in 0 1 2; do
                # Typst markup characters are escaped with a backslash.
                text=$(paragraph $(( page * 3 + row )) | sed 's/[][#$@<>_*`\\=~/+-]/\\&/g')
                printf '%s\n\n' "$text"
            done
            printf '#table(columns: 5, align: (left, right, right, right, right),\n'
            printf '  [*地区*], [*在建工程*], [*智慧工地*], [*覆盖率*], [*接入率*],\n'
            table_rows typst "$page" 15
            printf ')\n\n'
        done
    } > "$file"
}

# bench_typst PAGES: makes the Typst virtualenv when missing, times fresh-process compiles.
bench_typst() {
    local pages=$1 dir=$WORK/typst run
    if ! "$TYPST_VENV/bin/python" -c 'import typst' 2> /dev/null; then
        echo "-- making $TYPST_VENV with $TYPST_SPEC"
        if ! { python3 -m venv "$TYPST_VENV" && "$TYPST_VENV/bin/pip" install -q "$TYPST_SPEC"; } > "$WORK/pip.log" 2>&1; then
            warn "pip could not install $TYPST_SPEC into $TYPST_VENV; no Typst comparison"
            tail -n 5 "$WORK/pip.log"
            return 0
        fi
    fi
    TYPST_VERSION=$("$TYPST_VENV/bin/python" -c 'import typst; print(typst.__version__)')
    log "Typst $TYPST_VERSION (PyPI): $pages pages, $RUNS compiles, each in a new Python process"
    rm -rf "$dir"
    mkdir -p "$dir"
    make_typst_document "$dir/document.typ" "$pages"
    for run in $(seq "$RUNS"); do
        rm -f "$dir/document.pdf"
        run_timed "$WORK/typst.log" "$TYPST_VENV/bin/python" -c \
            'import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])' \
            "$dir/document.typ" "$dir/document.pdf" "$FONT_DIR"
        record "Typst|PDF compile"
    done
    TYPST_PAGES=$(pdf_pages "$dir/document.pdf")
    if ! pdffonts "$dir/document.pdf" 2> /dev/null | grep -q 'NotoSerifCJK'; then
        warn "the Typst PDF does not use Noto Serif CJK"
    fi
}

# ---------------------------------------------------------------------------------------------
# matplotlib (scripts/bench-charts.sh)
# ---------------------------------------------------------------------------------------------

# bench_matplotlib: runs scripts/bench-charts.sh, keeping its summary (the speed-up table and targets).
bench_matplotlib() {
    log "charts: scripts/bench-charts.sh, $MPL_ITERATIONS iterations (SmartSite's charts and matplotlib's)"
    if ITERATIONS=$MPL_ITERATIONS BUILD_FLAGS="--scratch-path $SCRATCH" scripts/bench-charts.sh > "$WORK/charts.log" 2>&1; then
        MPL_SUMMARY=$(sed -n '/^== speed-up/,$p' "$WORK/charts.log")
    else
        warn "scripts/bench-charts.sh failed, see $WORK/charts.log"
        tail -n 5 "$WORK/charts.log"
        MPL_SUMMARY="(scripts/bench-charts.sh failed: see $WORK/charts.log)"
    fi
}

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

# print_row CASE OPERATION: one line of the table, when that measurement was taken.
print_row() {
    local key="$1|$2"
    if [[ -n ${TIMES[$key]:-} ]]; then
        printf '%-30s %-22s %10.3f %13s\n' "$1" "$2" "$(median "$key")" "$(peak_mb "$key")"
    fi
}

# ratio A B: A ÷ B with two decimals.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

print_report() {
    local case op
    echo
    echo "SmartSite at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') (plus uncommitted changes, if any), $(nproc) cores," \
        "median of $RUNS runs, whole processes; peak RSS = largest max RSS over the runs"
    echo "A = $PROJECTS projects without dust data; B = the same with a year of hourly dust ($DUST_ROWS readings)"
    for case in "$CASE_A" "$CASE_B"; do
        awk -v c="$case" -v h="${HTML_PAGES[$case]}" -v b="${HTML_TEXT[$case]}" -v p="${PDF_PAGES[$case]}" \
            'BEGIN { printf "%s: %d HTML pages (%.1f KB of text each on average), %d PDF pages\n", c, h, b / h / 1024, p }'
    done
    echo
    printf '%-30s %-22s %10s %13s\n' "case" "operation" "median s" "peak RSS MB"
    for case in "$CASE_A" "$CASE_B"; do
        for op in "clean build" "no-change rebuild" "one-chapter edit" "--no-pdf build"; do
            print_row "$case" "$op"
        done
    done
    for variant in "${HUGO_VARIANTS[@]}"; do
        print_row Hugo "pages, $variant"
    done
    print_row Typst "PDF compile"

    echo
    echo "Comparisons"
    local full nopdf pdfs hugo typst edit rss kb variant
    if [[ -n ${HUGO_VERSION:-} ]]; then
        for variant in "${HUGO_VARIANTS[@]}"; do
            hugo=$(median "Hugo|pages, $variant")
            awk -v v="$variant" -v p="${HUGO_PAGES[$variant]}" -v t="${HUGO_TEXT[$variant]}" -v h="$HUGO_VERSION" \
                'BEGIN { printf "full build vs Hugo %s pages-only (%d pages, %s: %.1f KB of text a page); ratio = SmartSite ÷ Hugo\n", h, p, v, t / p / 1024 }'
            for case in "$CASE_A" "$CASE_B"; do
                full=$(median "$case|clean build")
                nopdf=$(median "$case|--no-pdf build")
                # The target compares like with like: Hugo's pages holding as much text as ours, and the
                # site without the year of hourly dust readings (a gigabyte of CSV Hugo never reads).
                if [[ $variant == "same text" && $case == "$CASE_A" ]]; then
                    echo "  $case: $full s vs $hugo s → ratio $(ratio "$full" "$hugo")" \
                        "(target: faster than Hugo: $(awk -v a="$full" -v b="$hugo" 'BEGIN { print (a < b ? "met" : "NOT met") }'))"
                else
                    echo "  $case: $full s vs $hugo s → ratio $(ratio "$full" "$hugo")"
                fi
                echo "  $case, --no-pdf: $nopdf s vs $hugo s → ratio $(ratio "$nopdf" "$hugo")"
            done
        done
    else
        echo "Hugo: not measured"
    fi
    if [[ -n ${TIMES["Typst|PDF compile"]:-} ]]; then
        typst=$(median "Typst|PDF compile")
        echo "PDFs vs Typst $TYPST_VERSION ($TYPST_PAGES pages: a heading, three paragraphs and a 15-row table each);" \
            "SmartSite's PDF time = median of (clean build − --no-pdf build) of each run; ratio = SmartSite ÷ Typst"
        for case in "$CASE_A" "$CASE_B"; do
            pdfs=$(median "$case|PDF part")
            echo "  $case: ${PDF_PAGES[$case]} pages in $pdfs s vs $typst s → ratio $(ratio "$pdfs" "$typst")"
        done
    else
        echo "Typst: not measured"
    fi
    for case in "$CASE_A" "$CASE_B"; do
        edit=$(awk -v s="$(median "$case|one-chapter edit")" 'BEGIN { printf "%.0f", s * 1000 }')
        echo "one-chapter rebuild, $case: $edit ms (target < 300 ms): $( (( edit < 300 )) && echo met || echo 'NOT met')"
    done
    for case in "$CASE_A" "$CASE_B"; do
        rss=0
        for op in "clean build" "no-change rebuild" "one-chapter edit" "--no-pdf build"; do
            kb=${PEAK_KB["$case|$op"]}
            if (( kb > rss )); then
                rss=$kb
            fi
        done
        rss=$(( (rss + 512) / 1024 ))
        echo "peak RSS, $case: $rss MB (target < 500 MB): $( (( rss < 500 )) && echo met || echo 'NOT met')"
    done
    if [[ -n ${MPL_SUMMARY:-} ]]; then
        echo
        echo "$MPL_SUMMARY"
    fi
}

# ---------------------------------------------------------------------------------------------

main() {
    mkdir -p "$BENCH_DIR" "$WORK"
    ensure_base_tools
    build_smartsite
    ensure_province
    PROJECTS=$(( $(wc -l < "$DATA/projects.csv") - 1 ))
    DUST_ROWS=$(( $(wc -l < "$DATA/dust_readings.csv") - 1 ))
    cat "$DATA"/*.csv > /dev/null  # warm the page cache, so no case pays for the first read

    CASE_A="A: no dust"
    CASE_B="B: a year of dust"
    log "case $CASE_A ($RUNS runs)"
    make_site "$WORK/site-a" no
    measure_case "$CASE_A" "$WORK/site-a"
    log "case $CASE_B ($RUNS runs)"
    make_site "$WORK/site-b" yes
    measure_case "$CASE_B" "$WORK/site-b"

    make_prose
    if [[ -z $SKIP_HUGO ]]; then
        bench_hugo "${HTML_PAGES[$CASE_A]}" "${HTML_TEXT[$CASE_A]}"
    fi
    if [[ -z $SKIP_TYPST ]]; then
        bench_typst "${PDF_PAGES[$CASE_A]}"
    fi
    if [[ -z $SKIP_MPL ]]; then
        bench_matplotlib
    fi
    print_report
}

main "$@"
