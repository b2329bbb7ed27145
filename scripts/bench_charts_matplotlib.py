#!/usr/bin/env python3
"""matplotlib drawing the `city-coverage` bar chart, for comparison (issue 6, point 8).

The same chart as SmartSite's `city-coverage`: 13 cities sorted highest first,
Chinese labels in Noto Sans CJK SC (registered with matplotlib's font manager
from /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, bold title from
the Bold file), percent axis 0–100%, the 100% target line and the province
line with their labels, data labels, title and source note; 720 × 440 pt.

Each iteration builds a new Figure and saves it (SVG at 72 dpi = 720 × 440 pt
with glyphs as outlines, as Cairo writes them; PNG at 144 dpi = 1440 × 880 px,
the size of SmartSite's PNG at 2×), all in one process on the Agg backend.
Two variants: "fixed" places the axes at a fixed rectangle (the cheapest way,
and the fairest to matplotlib: nothing is measured to fit the labels);
"constrained" uses layout="constrained", which measures the labels as the
Cairo engine does.

Input: the chart's data as JSON on stdin, as printed by
`smartsite-bench-charts --dump-bar city-coverage` (so both draw exactly the
same numbers and texts), or `--stats output/data/stats.json` (a built example).

Usage: scripts/bench_charts_matplotlib.py [--iterations 200] [--warmup 5]
       [--stats FILE] [--variants fixed,constrained] [--write DIR] < data.json
Run it with a Python that has matplotlib (scripts/bench-charts.sh makes a venv
in /tmp); it is never installed into the project.
"""

import argparse
import io
import json
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MultipleLocator  # noqa: E402

FONT_REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FAMILY = "Noto Sans CJK SC"

# SmartSite's palette and sizes (Sources/Charts/Palette.swift, ChartStyle.swift).
BAR, TEXT, SECONDARY, GRID, AXIS = "#2B6CB0", "#1A202C", "#4A5568", "#E2E8F0", "#718096"
TARGET, PROVINCE = "#C2410C", "#1A202C"
MARGIN, TITLE_SIZE, LABEL_SIZE, TICK_SIZE, NOTE_SIZE = 12, 15, 12, 10, 9.5


def setup_fonts():
    for path in (FONT_REGULAR, FONT_BOLD):
        font_manager.fontManager.addfont(path)
    matplotlib.rcParams["font.family"] = FAMILY
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["svg.hashsalt"] = "smartsite"
    found = font_manager.findfont(font_manager.FontProperties(family=FAMILY), fallback_to_default=False)
    return found


def load_data(args):
    if args.stats:
        with open(args.stats, encoding="utf-8") as f:
            stats = json.load(f)
        return {
            "title": "各设区市规模以上政府投资工程智慧工地覆盖率",
            "source": "数据来源：江苏省建筑施工安全管理系统",
            "target": 1.0,
            "province": stats["province"]["smart_coverage"],
            "items": [{"label": c["name"], "value": c["smart_coverage"]} for c in stats["cities"]],
            "width_pt": 720, "height_pt": 440, "notes": [],
        }
    return json.load(sys.stdin)


def percent(value, decimals):
    return f"{value * 100:.{decimals}f}%"


def draw(data, variant):
    """One complete chart as a new Figure (the work of every iteration but saving)."""
    width, height = data["width_pt"] / 72, data["height_pt"] / 72
    fig = Figure(figsize=(width, height), dpi=72, layout="constrained" if variant == "constrained" else None)
    # Highest first; missing values last; ties keep the data's order (sorted is stable).
    items = sorted(data["items"], key=lambda i: (i["value"] is None, -(i["value"] or 0)))
    labels = [i["label"] for i in items]
    values = [i["value"] if i["value"] is not None else 0 for i in items]

    if variant == "constrained":
        # The source note sits under the layout's rectangle (figure texts are not laid out).
        w, h = data["width_pt"], data["height_pt"]
        note_height = 14 * (1 + len(data.get("notes", [])))
        bottom = (MARGIN + note_height) / h
        fig.get_layout_engine().set(rect=(MARGIN / w, bottom, 1 - 2 * MARGIN / w, 1 - bottom - MARGIN / h))
        ax = fig.add_subplot()
    else:  # fixed rectangle in figure fractions, room for labels, title, references, ticks, source
        left, right = 90 / 720, 1 - 60 / 720
        bottom, top = 58 / 440, 1 - 62 / 440
        ax = fig.add_axes((left, bottom, right - left, top - bottom))

    positions = range(len(items))
    bars = ax.barh(positions, values, height=0.64, color=BAR, zorder=2)
    ax.set_yticks(list(positions), labels, fontsize=LABEL_SIZE, color=TEXT)
    ax.invert_yaxis()
    ax.set_xlim(0, max(1.0, max(values, default=0)))
    ax.xaxis.set_major_locator(MultipleLocator(0.2))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: percent(v, 0)))
    ax.tick_params(axis="x", labelsize=TICK_SIZE, colors=SECONDARY, length=0)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=GRID, linewidth=1, zorder=0)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(AXIS)

    bar_labels = [percent(i["value"], 1) if i["value"] is not None else "—" for i in items]
    ax.bar_label(bars, labels=bar_labels, padding=4, fontsize=LABEL_SIZE, color=TEXT)

    transform = ax.get_xaxis_transform()
    if data.get("target") is not None:
        target = data["target"]
        ax.axvline(target, color=TARGET, linewidth=1.5, linestyle=(0, (4 / 1.5, 3 / 1.5)), zorder=3)
        ax.text(target, 1.01, "目标 " + percent(target, 0), transform=transform, ha="center", va="bottom",
                fontsize=TICK_SIZE, color=TARGET)
    if data.get("province") is not None:
        province = data["province"]
        ax.axvline(province, color=PROVINCE, linewidth=1.5, linestyle=(0, (1, 4 / 3)), zorder=3)
        ax.text(province, 1.01, "全省 " + percent(province, 1), transform=transform, ha="right", va="bottom",
                fontsize=TICK_SIZE, color=PROVINCE)

    fig.suptitle(data["title"], x=MARGIN / data["width_pt"], ha="left", fontsize=TITLE_SIZE, fontweight="bold",
                 color=TEXT)
    notes = "\n".join(list(data.get("notes", [])) + [data["source"]])
    fig.text(MARGIN / data["width_pt"], MARGIN / data["height_pt"], notes, ha="left", va="bottom",
             fontsize=NOTE_SIZE, color=SECONDARY)
    return fig


def render(data, variant, fmt):
    fig = draw(data, variant)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=72 if fmt == "svg" else 144, facecolor="white")
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--stats", help="read the values from a built example's data/stats.json instead of stdin")
    parser.add_argument("--variants", default="fixed,constrained")
    parser.add_argument("--write", help="also write one SVG and PNG per variant into this folder")
    args = parser.parse_args()

    font = setup_fonts()
    data = load_data(args)
    variants = [v for v in args.variants.split(",") if v]
    for variant in variants:
        if variant not in ("fixed", "constrained"):
            parser.error(f"unknown variant: {variant}")

    if args.write:
        import os
        os.makedirs(args.write, exist_ok=True)
        for variant in variants:
            for fmt in ("svg", "png"):
                with open(os.path.join(args.write, f"matplotlib-{variant}.{fmt}"), "wb") as f:
                    f.write(render(data, variant, fmt))

    rows = []
    started = time.perf_counter()
    for variant in variants:
        for fmt in ("svg", "png"):
            for _ in range(args.warmup):
                render(data, variant, fmt)
            times, size = [], 0
            for _ in range(args.iterations):
                start = time.perf_counter()
                size = len(render(data, variant, fmt))
                times.append((time.perf_counter() - start) * 1000)
            rows.append((variant, fmt, statistics.median(times), statistics.fmean(times), size))
    seconds = time.perf_counter() - started

    print(f"matplotlib {matplotlib.__version__}, Agg backend, {FAMILY} "
          f"({getattr(font, 'path', font)}, face {getattr(font, 'face_index', 0)})")
    print(f"{data.get('name', 'city-coverage')}: {len(data['items'])} bars, "
          f"{data['width_pt']:g}×{data['height_pt']:g} pt; SVG at 72 dpi (glyphs as paths), "
          f"PNG at 144 dpi ({round(data['width_pt'] * 2)}×{round(data['height_pt'] * 2)} px)")
    print(f"{args.iterations} timed iterations per variant and format in one process, after {args.warmup} "
          "warm-up iterations; every iteration builds a new Figure.")
    print("ms per chart: median and mean of the per-iteration wall-clock times.")
    print()
    print(f"{'variant':<14}{'format':<8}{'median':>9}{'mean':>9}{'KB':>8}")
    for variant, fmt, median, mean, size in rows:
        print(f"{variant:<14}{fmt:<8}{median:9.3f}{mean:9.3f}{size / 1024:8.1f}")
    print(f"\ntimed: {seconds:.1f} s")


if __name__ == "__main__":
    main()
