"""The analyst's pages in headless Chromium (Debian's `chromium`, driven by Playwright with that
executable; no browser is downloaded). Screenshots of every step go to a folder printed at the
start (KG_SCREENSHOTS chooses it)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from kg.pipeline import build
from tests.conftest import SEEDS, running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists() and os.environ.get("KG_REQUIRE_BROWSER"):
    # CI sets KG_REQUIRE_BROWSER=1 after installing chromium: there a missing browser fails
    raise RuntimeError("KG_REQUIRE_BROWSER is set but /usr/bin/chromium is absent")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = tmp_path_factory.mktemp("browser-store") / "store"
    build([str(SEEDS)], store)  # the report is the pipeline tests' business
    with running_server(store) as url:
        yield url


@pytest.fixture(scope="module")
def shots(pytestconfig):
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tempfile.mkdtemp(prefix="kg-screenshots-"))
    folder.mkdir(parents=True, exist_ok=True)
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, base):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    foreign: list[str] = []
    errors: list[str] = []
    # every script, stylesheet, font and image must come from our server
    page.on(
        "request",
        lambda r: None if r.url.startswith((base, "data:", "blob:")) else foreign.append(r.url),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not foreign, f"requests that left the server: {foreign}"
    assert not errors, f"JavaScript errors: {errors}"


def run_example(page, label_part: str) -> int:
    value = page.eval_on_selector(
        "#examples",
        "(select, part) => [...select.options].find(o => o.text.includes(part)).value",
        label_part,
    )
    page.select_option("#examples", value)
    page.click("#run-example")
    page.wait_for_selector(".yasr table tbody tr td a.iri, .yasr table tbody tr td .nonIri")
    return page.locator(".yasr table tbody tr").count()


def test_query_page_runs_an_example(page, base, shots):
    page.goto(f"{base}/")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert "PREFIX kg:" in page.evaluate("kgYasgui.getTab().getQuery()")
    rows = run_example(page, "said")
    assert rows >= 1
    assert page.locator(".yasr table tbody tr a.iri[href^='/id/statement/']").count() >= 1
    page.screenshot(path=str(shots / "1-query.png"), full_page=True)


def test_actor_page_from_a_result_link(page, base, shots):
    page.goto(f"{base}/")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert run_example(page, "met whom") >= 1
    link = page.locator(".yasr table tbody tr a.iri[href^='/id/actor/']").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"{base}{href}")
    assert page.locator("h1").inner_text()
    assert page.locator("h2", has_text="Meetings").count() == 1
    assert page.locator("ol.timeline li").count() >= 1
    page.screenshot(path=str(shots / "2-actor.png"), full_page=True)


def test_quote_opens_highlighted_in_its_article(page, base, shots):
    page.goto(f"{base}/id/actor/dmytro-kuleba", wait_until="load")
    assert "Dmytro Kuleba" in page.locator("h1").inner_text()
    page.locator("ul.said a", has_text="in the article").first.click()
    page.wait_for_selector(".article-text mark.hl")
    quote = page.locator(".article-text mark.hl").all_inner_texts()
    assert "".join(quote).strip()
    page.screenshot(path=str(shots / "3-article.png"), full_page=False)


def test_network_view_shows_nodes(page, base, shots):
    page.goto(f"{base}/network")
    page.wait_for_selector("#network[data-nodes] canvas")
    assert int(page.get_attribute("#network", "data-nodes")) >= 2
    # the timeline is fetched apart from the network: wait for its list, not for the canvas
    page.wait_for_selector("#timeline li")
    assert page.locator("#timeline li").count() >= 1
    page.wait_for_timeout(1500)  # let the layout settle for the picture
    page.screenshot(path=str(shots / "4-network.png"), full_page=True)
    # a range with nothing in it empties the view
    page.fill("#from", "1990-01-01")
    page.fill("#to", "1990-12-31")
    page.click("#range button")
    page.wait_for_selector("#network[data-nodes='0']")


def test_result_cells_are_whole(page, base):
    """Dates and IRIs in YASR's table are shown whole (its ellipsis cut them to "2022-0…")."""
    page.goto(f"{base}/")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert run_example(page, "Meetings from") >= 1
    assert page.locator(".yasr table.ellipseTable").count() == 0
    # a cell is cut when its text is wider than the cell shows
    cells = page.eval_on_selector_all(
        ".yasr table tbody td",
        "tds => tds.map(td => [td.innerText, td.scrollWidth <= td.clientWidth + 1])",
    )
    dates = [(text, whole) for text, whole in cells if re.search(r"\d{4}-\d\d-\d\d", text)]
    assert dates and all(whole for _text, whole in dates), dates


def test_network_labels_are_readable_at_the_default_zoom(page, base):
    page.goto(f"{base}/network")
    page.wait_for_selector("#network[data-scale]")
    scale = float(page.get_attribute("#network", "data-scale"))
    font = float(page.get_attribute("#network", "data-font"))
    assert scale * font >= 12, (scale, font)
