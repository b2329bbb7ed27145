"""The case collection of the example in the generated site: the collection page, a city listing
page and a case page are valid HTML (Nu HTML Checker, explicitly, besides the every-page check),
open in headless Chromium without console errors, pass axe-core with no serious or critical
violation, and the filter script narrows the cards exactly like the listing pages do. Screenshots
at 390 and 1366 px go to the run's screenshots/ folder for people to look at."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import sitekit
from test_browser import (AXE_BUNDLED, AXE_CURRENT, SERIOUS, console_errors, describe, dialogs,
                          full_page_screenshot, injected_elements, load, run_axe)
from test_generated_site import _vnu_jar

CASE_PAGES = ["collection", "listing", "case"]


def _collection(site) -> Path:
    folders = sorted((site.output / "cases").glob("*/index.html")) if (site.output / "cases").exists() else []
    if not folders:
        pytest.fail("the site has no cases/YEAR/index.html although content/cases/ holds cases", pytrace=False)
    return folders[-1]


def _links(path: Path, pattern: str) -> list[str]:
    root = sitekit.parse_html(path)
    return [a.attrs["href"] for a in root.iter() if a.tag == "a" and re.fullmatch(pattern, a.attrs.get("href") or "")]


def case_page_path(site, page: str) -> Path:
    """The collection page, its first city listing page, or the first case of its grid."""
    index = _collection(site)
    if page == "collection":
        return index
    pattern = r"city-[0-9]+\.html" if page == "listing" else r"(?!city-|category-|tag-|index)[A-Za-z0-9_-]+\.html"
    links = _links(index, pattern)
    if not links:
        pytest.fail(f"{site.rel(index)} links to no {page} page", pytrace=False)
    path = index.parent / links[0]
    if not path.exists():
        pytest.fail(f"{site.rel(index)} links to {links[0]}, which does not exist", pytrace=False)
    return path


def test_case_pages_are_valid_html(site):
    pages = [case_page_path(site, p) for p in CASE_PAGES]
    if not shutil.which("java"):
        pytest.fail("java is missing: run scripts/install-test-deps.sh (Debian's default-jre-headless)")
    run = subprocess.run(["java", "-Xss1024k", "-jar", str(_vnu_jar()), "--format", "json", "--exit-zero-always",
                          *map(str, pages)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m.get('message', '')}"
              for m in messages if m.get("type") != "info"]
    if errors:
        pytest.fail("Nu HTML Checker on the case pages:\n  " + "\n  ".join(errors), pytrace=False)


def test_case_pictures_are_downscaled_and_described(site):
    """Every <img> of the case pages has alt text, width, height and a srcset of files that exist;
    no picture file under cases/ is wider than 1600 px."""
    problems = []
    for page in CASE_PAGES:
        path = case_page_path(site, page)
        for img in (e for e in sitekit.parse_html(path).iter() if e.tag == "img"):
            for attr in ("alt", "width", "height", "srcset", "sizes"):
                if not (img.attrs.get(attr) or "").strip():
                    problems.append(f"{site.rel(path)}: <img src={img.attrs.get('src')}> without {attr}")
            for candidate in (img.attrs.get("srcset") or "").split(","):
                if candidate.strip() and not (path.parent / candidate.split()[0]).exists():
                    problems.append(f"{site.rel(path)}: srcset names a missing file {candidate.strip()}")
    for picture in (site.output / "cases").rglob("*"):
        if picture.suffix.lower() in (".jpg", ".jpeg", ".png"):
            width = _width(picture.read_bytes())
            if width is None or width > 1600:
                problems.append(f"{site.rel(picture)} is {width} px wide")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _width(data: bytes) -> int | None:
    if data.startswith(b"\x89PNG"):
        return int.from_bytes(data[16:20], "big")
    i = 2
    while i + 9 < len(data) and data[i] == 0xFF:
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[i + 7:i + 9], "big")
        i += 2 + length
    return None


@pytest.mark.parametrize("page", CASE_PAGES)
def test_case_page_opens_without_console_errors(site, browser, page):
    path = case_page_path(site, page)
    load(browser, path.as_uri())
    problems = [f"console {e}" for e in console_errors(browser)]
    problems += [f"dialog {d}" for d in dialogs(browser)]
    problems += [f"injected element {e}" for e in injected_elements(browser)]
    if problems:
        pytest.fail(f"{site.rel(path)}:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.mark.parametrize("page", CASE_PAGES)
def test_axe_finds_no_serious_violation_on_case_pages(site, browser, page):
    script = AXE_CURRENT or AXE_BUNDLED
    if script is None:
        pytest.fail("axe-core is missing: run scripts/install-test-deps.sh", pytrace=False)
    path = case_page_path(site, page)
    load(browser, path.as_uri())
    label, violations = run_axe(browser, script)
    serious = [v for v in violations if v.get("impact") in SERIOUS]
    if serious:
        pytest.fail(f"{label} on {site.rel(path)}: {len(serious)} serious or critical violation(s):\n"
                    + "\n".join(describe(violations)), pytrace=False)
    if violations:
        print(f"\n{label} on {site.rel(path)}:\n" + "\n".join(describe(violations)))


def _visible_cards(driver) -> list[str]:
    return [c.find_element(By.CSS_SELECTOR, ".case-card-title a").get_attribute("href").rsplit("/", 1)[-1]
            for c in driver.find_elements(By.CSS_SELECTOR, "#case-grid > li") if c.is_displayed()]


def test_filter_script_matches_the_listing_pages(site, browser):
    """With JavaScript the form replaces the listing links; choosing a city shows exactly the cards of
    that city's listing page; a tag narrows further; 清除筛选 shows every card again."""
    index = case_page_path(site, "collection")
    load(browser, index.as_uri())
    form = browser.find_element(By.ID, "case-filters")
    problems = []
    if not form.is_displayed():
        problems.append("the filter form stays hidden with JavaScript")
    if browser.find_element(By.ID, "case-browse").is_displayed():
        problems.append("the listing links stay visible beside the filter form")
    everything = _visible_cards(browser)
    city = Select(browser.find_element(By.ID, "case-filter-city"))
    code = city.options[1].get_attribute("value")
    city.select_by_value(code)
    shown = _visible_cards(browser)
    listing = index.parent / f"city-{code}.html"
    expected = [h for h in _links(listing, r"[A-Za-z0-9_-]+\.html")
                if h in everything and not h.startswith(("city-", "category-", "tag-", "index"))]
    if shown != list(dict.fromkeys(expected)):
        problems.append(f"city {code}: the script shows {shown}, city-{code}.html lists {expected}")
    status = browser.find_element(By.ID, "case-filter-status").text
    if str(len(shown)) not in status:
        problems.append(f"the status says {status!r} for {len(shown)} cards")
    boxes = browser.find_elements(By.CSS_SELECTOR, "input[name=tag]")
    if boxes:
        browser.execute_script("arguments[0].click()", boxes[0])
        narrowed = _visible_cards(browser)
        if not set(narrowed) <= set(shown):
            problems.append(f"a tag widened the selection: {narrowed} after {shown}")
    browser.find_element(By.CSS_SELECTOR, "#case-filters button[type=reset]").click()
    time.sleep(0.2)  # the reset event applies the filter after the form has been reset
    if _visible_cards(browser) != everything:
        problems.append("清除筛选 does not show every case again")
    problems += [f"console {e}" for e in console_errors(browser)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_case_screenshots_for_humans(site, browser):
    """Full-page PNGs of the three case pages at a phone's and a desktop's width. Not asserted."""
    taken, notes = [], []
    try:
        for page in CASE_PAGES:
            path = case_page_path(site, page)
            for width, height in [(390, 844), (1366, 900)]:
                name = f"cases-{page}-{width}x{height}.png"
                notes += full_page_screenshot(browser, site, path, width, height, name)
                taken.append(name)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"\nscreenshots in {site.screenshots}: {', '.join(taken)}")
    for note in notes:
        print(f"note: {note}")
