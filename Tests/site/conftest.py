"""Fixtures of the generated-site tests.

The site is built once per run, with the debug binary of `swift build`, from a copy of content/
into which a project with markup in its name is planted (sitekit.PLANTED_*). Everything of a run
stays in SITE_TEST_DIR (default .build/site-test/, emptied at the start of each run): the content
copy, the site, and screenshots for humans.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sitekit  # noqa: E402

_built: sitekit.BuiltSite | None = None


def _run_dir() -> Path:
    return Path(os.environ.get("SITE_TEST_DIR", sitekit.REPO / ".build" / "site-test")).resolve()


@pytest.fixture(scope="session")
def site() -> sitekit.BuiltSite:
    global _built
    _built = sitekit.build_site(_run_dir())
    return _built


def pytest_terminal_summary(terminalreporter):
    if _built is not None:
        terminalreporter.write_sep("-", "generated site")
        terminalreporter.write_line(f"site:        {_built.output}")
        terminalreporter.write_line(f"screenshots: {_built.screenshots}")


# ---------------------------------------------------------------------------------------------
# The browser: Debian's chromium driven by Debian's chromedriver, headless, one for the session.

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

# Runs before any script of every page: records alert/confirm/prompt instead of showing them.
RECORD_DIALOGS = """
window.__dialogs = [];
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = function (message) { window.__dialogs.push(name + ': ' + String(message)); return null; };
}
"""


@pytest.fixture(scope="session")
def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            pytest.fail(f"{path} is missing: run scripts/install-test-deps.sh (Debian's chromium, chromium-driver)")
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=zh-CN", "--no-first-run",
                "--disable-background-networking", "--disable-extensions"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # A real dialog would stay open (and be seen by the tests) rather than be dismissed silently.
    options.unhandled_prompt_behavior = "ignore"
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_DIALOGS})
    yield driver
    driver.quit()
