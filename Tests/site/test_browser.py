"""The generated site in a real browser (Debian's headless Chromium through Selenium), opened from
the files as a reader on an intranet would: the portal, the first chapter of the annual report, the
city page of 南京市 and the search page. Each opens with no console error and no dialog; axe-core
finds no serious or critical violation; the search finds the planted project from three characters
of the middle of its name; the planted name is shown as text wherever it appears."""
from __future__ import annotations

import base64
import importlib.util
import json
import time
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import sitekit
from sitekit import PLANTED_FRAGMENT, PLANTED_NAME, collapse

PAGES = ["portal", "chapter", "city", "search"]


def page_path(site, page: str) -> Path:
    """The file of a named page; fails (never skips) when the site does not have it."""
    out = site.output
    if page == "portal":
        path = out / "index.html"
    elif page == "city":
        path = out / "regions" / f"{sitekit.PLANTED_CITY}.html"
    elif page == "search":
        path = out / "search" / "index.html"
    elif page == "chapter":
        publication = out / "annual" / "2025" / "index.html"
        if not publication.exists():
            pytest.fail("annual/2025/index.html is missing: no table of contents to take a chapter from",
                        pytrace=False)
        path = publication.parent / _first_toc_link(site, publication)
    else:
        raise ValueError(page)
    if not path.exists():
        pytest.fail(f"the {page} page {site.rel(path)} does not exist in the generated site", pytrace=False)
    return path


def _first_toc_link(site, publication: Path) -> str:
    root = sitekit.parse_html(publication)
    links = [a for a in root.iter() if a.tag == "a" and a.attrs.get("href")]
    toc = [a for a in links if any("toc" in n.classes() or "目录" in (n.attrs.get("aria-label") or "")
                                   for n in a.ancestors())]
    if not toc:  # else the first link of a list inside <main>
        toc = [a for a in links if any(n.tag == "ol" for n in a.ancestors())
               and any(n.tag == "main" for n in a.ancestors())]
    if not toc:
        pytest.fail(f"{site.rel(publication)} has no table of contents (.toc or an <ol> of links in <main>)",
                    pytrace=False)
    return toc[0].attrs["href"].split("#")[0]


# ---------------------------------------------------------------------------------------------
# Loading a page and reading what went wrong in it.

def load(driver, url: str) -> None:
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    time.sleep(0.3)  # scripts that start on load


def full_page_screenshot(driver, site, path: Path, width: int, height: int, name: str) -> list[str]:
    """Loads `path` at `width` × `height` and saves the whole page as site.screenshots/NAME;
    returns a note when the page is wider than the window (it would scroll sideways)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    load(driver, path.as_uri())
    full = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(full[1], 12000), "scale": 1}})
    (site.screenshots / name).write_bytes(base64.b64decode(shot["data"]))
    if full[0] > width:
        return [f"{site.rel(path)} at {width}px: the page is {full[0]}px wide (scrolls sideways)"]
    return []


def console_errors(driver) -> list[str]:
    return [f"{e.get('level')}: {e.get('message')}" for e in driver.get_log("browser")
            if e.get("level") == "SEVERE"]


def dialogs(driver) -> list[str]:
    shown = []
    try:
        alert = driver.switch_to.alert
        shown.append(f"an open dialog: {alert.text}")
        alert.accept()
    except NoAlertPresentException:
        pass
    shown += driver.execute_script("return window.__dialogs || []")
    return shown


def injected_elements(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-pwned],[onerror]'),"
        " e => e.outerHTML.slice(0, 200))")


def dom_text(driver) -> str:
    """The text of the page as a reader's tools see it: the DOM's text, without scripts and styles."""
    return driver.execute_script(
        "const b = document.body.cloneNode(true);"
        "b.querySelectorAll('script,style,template,noscript').forEach(e => e.remove());"
        "return b.textContent;")


# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGES)
def test_page_opens_without_console_errors(site, browser, page):
    path = page_path(site, page)
    load(browser, path.as_uri())
    problems = [f"console {e}" for e in console_errors(browser)]
    problems += [f"dialog {d}" for d in dialogs(browser)]
    problems += [f"injected element {e}" for e in injected_elements(browser)]
    if not browser.title.strip():
        problems.append("the page has an empty <title>")
    if problems:
        pytest.fail(f"{site.rel(path)}:\n  " + "\n  ".join(problems), pytrace=False)


# axe-core, run through axe-selenium-python. Asserted: axe-core 4.12.1 (the axe.min.js that
# axe-playwright-python ships, see requirements-nodeps.txt). axe-selenium-python 2.1.6 (the last
# release for Python 3.11) bundles axe-core 3.1.1 of 2018, which reports autocomplete="off" as a
# serious violation (a false positive fixed in axe-core 3.1.2, dequelabs/axe-core#1109): its
# serious and critical findings are printed as notes, not asserted.
def _axe_script(package: str, rel: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    path = Path(spec.origin).parent / rel if spec and spec.origin else None
    return path if path and path.exists() else None


AXE_CURRENT = _axe_script("axe_playwright_python", "axe.min.js")
AXE_BUNDLED = _axe_script("axe_selenium_python", "node_modules/axe-core/axe.min.js")
AXE_OPTIONS = json.dumps({"resultTypes": ["violations"]})
SERIOUS = ("serious", "critical")


def run_axe(driver, script: Path) -> tuple[str, list[dict]]:
    from axe_selenium_python import Axe

    axe = Axe(driver, script_url=str(script))
    axe.inject()
    version = driver.execute_script("return axe.version")
    return f"axe-core {version}", axe.run(options=AXE_OPTIONS)["violations"]


def describe(violations: list[dict]) -> list[str]:
    lines = []
    for v in violations:
        lines.append(f"[{v.get('impact')}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s))")
        for node in v["nodes"][:10]:
            lines.append(f"    {', '.join(map(str, node['target']))}   {collapse(node.get('html', ''))[:140]}")
        if len(v["nodes"]) > 10:
            lines.append(f"    … and {len(v['nodes']) - 10} more")
    return lines


@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_or_critical_violation(site, browser, page):
    script = AXE_CURRENT or AXE_BUNDLED
    if script is None:
        pytest.fail("axe-core is missing: run scripts/install-test-deps.sh", pytrace=False)
    path = page_path(site, page)
    load(browser, path.as_uri())
    label, violations = run_axe(browser, script)
    notes = []
    if AXE_CURRENT and AXE_BUNDLED:
        load(browser, path.as_uri())
        old_label, old = run_axe(browser, AXE_BUNDLED)
        flagged = {v["id"] for v in violations}
        old = [v for v in old if v.get("impact") in SERIOUS and v["id"] not in flagged]
        if old:
            notes = [f"note, not asserted: {old_label} (bundled with axe-selenium-python) also reports:"]
            notes += describe(old)
    lines = describe(violations)
    serious = [v for v in violations if v.get("impact") in SERIOUS]
    if serious:
        pytest.fail(f"{label} on {site.rel(path)}: {len(serious)} serious or critical violation(s) "
                    f"of {len(violations)}:\n" + "\n".join(lines + notes), pytrace=False)
    if lines or notes:
        print(f"\n{label} on {site.rel(path)}: no serious or critical violation\n" + "\n".join(lines + notes))


def test_search_finds_the_planted_project(site, browser):
    path = page_path(site, "search")
    load(browser, path.as_uri())
    problems = [f"console on opening {e}" for e in console_errors(browser)]
    boxes = [b for b in browser.find_elements(
        By.CSS_SELECTOR, "input[type=search], input[name=q], main input[type=text], form input:not([type])")
        if b.is_displayed()]
    if not boxes:
        pytest.fail(f"{site.rel(path)} has no visible search box (input[type=search] or input[name=q])",
                    pytrace=False)
    box = boxes[0]
    box.clear()
    box.send_keys(PLANTED_FRAGMENT)
    box.send_keys(Keys.ENTER)

    def result_links(driver):
        links = []
        for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
            try:
                if PLANTED_FRAGMENT in a.text:
                    links.append((a.text, a.get_property("href")))
            except Exception:  # the results were redrawn while being read
                return False
        return links or False

    try:
        links = WebDriverWait(browser, 15, poll_frequency=0.25).until(result_links)
    except Exception:
        main = browser.find_elements(By.TAG_NAME, "main")
        shown = collapse((main[0] if main else browser.find_element(By.TAG_NAME, "body")).text)[:800]
        problems += [f"console {e}" for e in console_errors(browser)]
        pytest.fail(f"searching {PLANTED_FRAGMENT!r} on {site.rel(path)} shows no link to the planted project "
                    f"within 15 s. The page shows: {shown!r}\n  " + "\n  ".join(problems), pytrace=False)

    problems += [f"console after searching {e}" for e in console_errors(browser)]
    problems += [f"dialog {d}" for d in dialogs(browser)]
    problems += [f"injected element in the results {e}" for e in injected_elements(browser)]
    name = collapse(PLANTED_NAME)
    text, href = links[0]
    if name not in collapse(text):
        problems.append(f"the result does not show the planted name as text: {text!r}")
    # The result leads to a page that shows the project.
    load(browser, href)
    if name not in collapse(dom_text(browser)):
        problems.append(f"the result's link {href} leads to a page without the planted name")
    problems += [f"console on the result's page {e}" for e in console_errors(browser)]
    problems += [f"dialog on the result's page {d}" for d in dialogs(browser)]
    if problems:
        pytest.fail(f"search for {PLANTED_FRAGMENT!r}:\n  " + "\n  ".join(problems), pytrace=False)


def test_planted_name_is_shown_as_text(site, browser):
    """Every page whose text holds the planted name (the due lists, 南京市, 玄武区, …) shows it in the
    browser as the very same text, runs none of its markup and opens no dialog."""
    name = collapse(PLANTED_NAME)
    pages = [p for p in site.pages() if name in collapse(sitekit.parse_html(p).text())]
    city = site.output / "regions" / f"{sitekit.PLANTED_CITY}.html"
    if city.exists() and city not in pages:
        pages.append(city)
    if not pages:
        pytest.fail("no generated page shows the planted project's name as text", pytrace=False)
    problems = []
    for page in pages[:8]:
        load(browser, page.as_uri())
        rel = site.rel(page)
        if name not in collapse(dom_text(browser)):
            problems.append(f"{rel}: the planted name is not in the page's text")
        elif name not in collapse(browser.find_element(By.TAG_NAME, "body").text):
            print(f"\nnote: {rel} has the planted name in its text but not visible (collapsed or hidden)")
        problems += [f"{rel}: dialog {d}" for d in dialogs(browser)]
        problems += [f"{rel}: injected element {e}" for e in injected_elements(browser)]
        problems += [f"{rel}: console {e}" for e in console_errors(browser)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    print(f"\nthe planted name is shown as text on: {', '.join(site.rel(p) for p in pages[:8])}")


SIZES = [(390, 844), (1366, 900)]


def test_screenshots_for_humans(site, browser):
    """Full-page PNGs at a phone's and a desktop's width, for people to look at. Not asserted."""
    taken, notes = [], []
    try:
        for page in PAGES:
            try:
                path = page_path(site, page)
            except pytest.fail.Exception as missing:
                notes.append(f"{page}: not taken ({missing})")
                continue
            for width, height in SIZES:
                name = f"{page}-{width}x{height}.png"
                notes += full_page_screenshot(browser, site, path, width, height, name)
                taken.append(name)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"\nscreenshots in {site.screenshots}: {', '.join(taken)}")
    for note in notes:
        print(f"note: {note}")
