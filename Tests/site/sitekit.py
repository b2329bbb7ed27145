"""Helpers of the generated-site tests: the planted project, building the site, reading pages.

Nothing here asserts; the tests in test_*.py do.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------------
# The planted project: a name with markup, an ampersand and both kinds of quote, in 玄武区 (南京),
# smart, progress ≥ 40 and never verified, so DATA.md §3 puts it on the 应验未验 list
# (due_unverified) of the province, of 南京市 and of 玄武区.
PLANTED_ID = "JS2025-320102-9901"
PLANTED_NAME = (
    "玄武<script>alert(1)</script>琥珀湾星河苑\" data-pwned=\"1 & '试点'"
    "<img src=x onerror=alert(2)>工程"
)
# Three characters from the middle of the name: what a reader types into the search box.
PLANTED_FRAGMENT = "珀湾星"
PLANTED_COUNTY = "320102"  # 玄武区
PLANTED_CITY = "320100"  # 南京市
# Personal columns (项目负责人, 联系电话) must never be published: distinctive values to look for.
PLANTED_MANAGER = "欧阳测试员"
PLANTED_PHONE = "13987654321"
PLANTED_ROW = {
    "id": PLANTED_ID,
    "name": PLANTED_NAME,
    "county": PLANTED_COUNTY,
    "category": "房屋建筑",
    "government_funded": "是",
    "above_scale": "是",
    "contract_value": "12345.67",
    "owner": "南京\"琥珀\"&<b>投资</b>有限公司",
    "contractor": "江苏星河&'建工'集团有限公司",
    "provider": "",
    "start_date": "2025-02-10",
    "completion_date": "",
    "progress": "55.0",
    "smart_site": "是",
    "smart_since": "2025-03-20",
    "connected": "是",
    "connected_since": "2025-04-01",
    "super_dangerous": "否",
    "super_dangerous_controlled": "否",
    "standard_evaluation_online": "是",
    "online_orders": "是",
    "jianan_code": "是",
    "star_applied": "0",
    "manager": PLANTED_MANAGER,
    "phone": PLANTED_PHONE,
}
# Chinese headers of projects.csv (DATA.md §2), in the contract's order of the keys above.
PROJECT_HEADERS = {
    "项目编号": "id", "项目名称": "name", "区划代码": "county", "工程类别": "category",
    "政府投资": "government_funded", "规模以上": "above_scale", "合同价(万元)": "contract_value",
    "建设单位": "owner", "施工单位": "contractor", "集成服务商": "provider", "开工日期": "start_date",
    "竣工日期": "completion_date", "施工进度": "progress", "智慧工地": "smart_site",
    "智慧工地建成日期": "smart_since", "接入监管平台": "connected", "接入日期": "connected_since",
    "超危大工程": "super_dangerous", "超危大线上管控": "super_dangerous_controlled",
    "标化考评线上": "standard_evaluation_online", "线上开单": "online_orders", "建安码": "jianan_code",
    "申报星级": "star_applied", "项目负责人": "manager", "联系电话": "phone",
}


def plant_project(content: Path) -> None:
    """Appends the planted project to content/data/projects.csv, whatever its column order
    (Chinese headers or English keys) and encoding (UTF-8 with or without BOM)."""
    path = content / "data" / "projects.csv"
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    row = []
    for column in header:
        name = column.strip().strip("\u3000")
        key = PROJECT_HEADERS.get(name, name.lower())
        if key not in PLANTED_ROW:
            raise ValueError(f"projects.csv has a column the planted project does not fill: {column!r}")
        row.append(PLANTED_ROW[key])
    for other in csv.DictReader(io.StringIO(text)):
        values = list(other.values())
        if PLANTED_ID in values:
            raise ValueError(f"projects.csv already has a project {PLANTED_ID}")
        if any(isinstance(v, str) and PLANTED_FRAGMENT in v for v in values):
            raise ValueError(f"the search fragment {PLANTED_FRAGMENT!r} is not unique to the planted project")
    out = io.StringIO()
    if not text.endswith("\n"):
        out.write("\r\n")
    csv.writer(out, lineterminator="\r\n").writerow(row)
    with path.open("ab") as f:
        f.write(out.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Building.

def smartsite_binary() -> Path:
    """The debug binary that `swift test` built (SMARTSITE_BIN overrides). Built when missing."""
    if os.environ.get("SMARTSITE_BIN"):
        return Path(os.environ["SMARTSITE_BIN"])
    swift = os.environ.get("SWIFT", "swift")
    bin_dir = subprocess.run([swift, "build", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    binary = Path(bin_dir) / "smartsite"
    if not binary.exists():
        print(f"{binary} is missing: swift build --product smartsite", file=sys.stderr)
        subprocess.run([swift, "build", "--product", "smartsite"], cwd=REPO, check=True)
    return binary


@dataclass
class BuiltSite:
    root: Path          # the folder everything of this run is in
    content: Path       # the copy of content/ with the planted project
    output: Path        # the generated site
    screenshots: Path   # screenshots for humans (not asserted)
    log: str            # what the build printed

    def pages(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))

    def rel(self, page: Path) -> str:
        return page.relative_to(self.output).as_posix()


def build_site(root: Path) -> BuiltSite:
    if root.exists():
        shutil.rmtree(root)
    content = root / "content"
    output = root / "site"
    shutil.copytree(REPO / "content", content)
    plant_project(content)
    binary = smartsite_binary()
    cmd = [str(binary), "build", "--content", str(content), "--output", str(output), "--no-pdf"]
    run = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    log = f"$ {' '.join(cmd)}\n{run.stdout}{run.stderr}"
    if run.returncode != 0:
        raise RuntimeError(f"the site build failed with exit code {run.returncode}:\n{log}")
    screenshots = root / "screenshots"
    screenshots.mkdir(parents=True)
    return BuiltSite(root=root, content=content, output=output, screenshots=screenshots, log=log)


# ---------------------------------------------------------------------------------------------
# A small DOM from the standard library's HTML parser: enough to read text, links and attributes.

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
NOT_TEXT = {"script", "style", "template", "noscript"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    line: int
    parent: "Element | None" = None
    children: list["Element | str"] = field(default_factory=list)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def text(self) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in NOT_TEXT:
                parts.append(child.text())
        return "".join(parts)

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, 0)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.getpos()[0], self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, dict(attrs), self.getpos()[0], self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(path: Path) -> Element:
    builder = _TreeBuilder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


def collapse(text: str) -> str:
    return " ".join(text.split())
