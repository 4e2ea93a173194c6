"""The page at / in a real browser: Debian's Chromium driven by Playwright, against
the real server (gunicorn, tests/live_server.py). scripts/test installs both, and
axe-core from the npm registry (tests/browser/package.json)."""
import csv
import io
import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from live_server import LiveServer

ROOT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED_FILE = next(base / "shared" / "seed" / "000_d07041461725d712.txt"
                 for base in ROOT.parents if (base / "shared" / "seed").is_dir())
SEED = SEED_FILE.read_text()
SEED_DATE = "2023-02-14"
#: Texts that would run script or add elements if they reached the page as markup.
HOSTILE = ('<script>window.pwned = 1</script> Plus de 400 personnes et 3 millions d\'euros. '
           '"><img src=x onerror="window.pwned=2"> Une hausse de 40 %. '
           "'><svg onload=window.pwned=3> <a href=\"javascript:window.pwned=4\">12 km</a> "
           "</textarea><script>window.pwned=5</script><style>body{display:none}</style> "
           "<iframe src=\"javascript:window.parent.pwned=6\"></iframe> & &amp; 5 €")
#: The browser tests' server takes texts up to this long, so the 413 is cheap to reach.
MAX_TEXT = 30_000


@pytest.fixture(scope="module")
def server():
    with LiveServer(workers=1, env={"FLASK_MAX_TEXT_LENGTH": str(MAX_TEXT)}) as live:
        yield live


@pytest.fixture(scope="module")
def playwright():
    assert Path(CHROMIUM).exists(), "Chromium is missing: scripts/test installs it (apt-get install chromium)"
    with sync_playwright() as p:
        yield p


@pytest.fixture
def browser(playwright, tmp_path):
    """A fresh Chromium profile per test; ``browser(**context_options)`` opens one."""
    opened = []

    def launch(**options):
        options.setdefault("locale", "en-US")
        options.setdefault("viewport", {"width": 1200, "height": 900})
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / f"profile-{len(opened)}"), executable_path=CHROMIUM, args=ARGS,
            headless=True, accept_downloads=True, **options)
        opened.append(context)
        page = context.pages[0] if context.pages else context.new_page()
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        return page

    yield launch
    for context in opened:
        context.close()


def api(server, path, body=None, query=None):
    url = server.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as reply:
        return json.loads(reply.read())


def submit(page, server, text, date=SEED_DATE, convert_to="", path="/"):
    page.goto(server.url + path)
    page.fill("#text", text)
    if date:
        page.fill("#date", date)
    if convert_to:
        page.select_option("#convert_to", convert_to)
    page.click("#submit")
    page.wait_for_load_state()


def article_text(page) -> str:
    """The article as a reader sees it: its text without the (hidden) readings."""
    return page.eval_on_selector("#article", """article => {
        const copy = article.cloneNode(true);
        copy.querySelectorAll('.reading').forEach(r => r.remove());
        return copy.textContent; }""")


def run_axe(page) -> list:
    # Evaluated through the DevTools protocol: the page's CSP (no inline script) stays on.
    page.evaluate(AXE.read_text() + "\n;0")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


# -- paste, submit, read -----------------------------------------------------------

def test_paste_and_submit_highlights_every_mention_at_its_offsets(browser, server):
    page = browser()
    submit(page, server, SEED, convert_to="EUR")
    expected = api(server, "/v1/extract", {"text": SEED, "date": SEED_DATE, "convert_to": "EUR"})
    marks = page.eval_on_selector_all("#article mark", """ms => ms.map(m => [m.id,
        Number(m.dataset.start), Number(m.dataset.end), m.dataset.kind, m.textContent])""")
    assert marks == [[m["id"], m["start"], m["end"], m["kind"], m["text"]] for m in expected["mentions"]]
    assert len(marks) >= 2
    for _, start, end, _, text in marks:
        assert SEED[start:end] == text
    assert article_text(page) == SEED
    # the kind is said in words, not by colour alone
    assert page.eval_on_selector("#m2", "m => getComputedStyle(m, '::after').content") == '"money"'
    assert page.errors == []


def test_keyboard_reaches_every_mention_and_shows_its_reading(browser, server):
    page = browser()
    submit(page, server, SEED, convert_to="EUR")
    ids = page.eval_on_selector_all("#article mark", "ms => ms.map(m => m.id)")
    page.focus("#text")
    reached = []
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        if focused in ids and focused not in reached:
            reached.append(focused)
            reading = page.locator(f"#r-{focused}")
            expect(reading).to_be_visible()
            assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == f"r-{focused}"
        if len(reached) == len(ids):
            break
    assert reached == ids  # every mention, in text order
    page.focus("#m2")
    reading = page.locator("#r-m2")
    expect(reading).to_be_visible()
    expect(reading).to_contain_text("[10000, 10000000) CNY, approximate")
    expect(reading).to_contain_text("between 10,000 and 10 million CNY, approximate")
    expect(reading).to_contain_text("range")
    expect(reading).to_contain_text("CNY, named in the text")
    expect(reading).to_contain_text("1 CNY = 0.1364 EUR, rate of February 14, 2023")
    page.keyboard.press("Escape")
    expect(reading).to_be_hidden()
    page.hover("#m1")
    expect(page.locator("#r-m1")).to_be_visible()


def test_the_claims_panel_leads_to_the_figures(browser, server):
    page = browser()
    submit(page, server, SEED)
    expected = api(server, "/v1/extract", {"text": SEED, "date": SEED_DATE})
    claims = page.locator(".claim")
    expect(claims).to_have_count(len(expected["claims"]))
    c2 = page.locator("#claim-c2")
    claim = expected["claims"][1]
    expect(c2.locator(".claim-sentence")).to_have_text(claim["sentence"]["text"])
    expect(c2.locator(".fact")).to_have_count(len(claim["mention_ids"]))
    row = c2.locator(".fact").first
    expect(row).to_contain_text("rémunérations")  # subject
    expect(row).to_contain_text("souligne le South China Morning Post")  # attribution
    for reason in claim["checkworthiness"]["reasons"]:
        expect(c2.locator(".reasons")).to_contain_text(reason["detail"])
    expect(c2.locator(".score")).to_have_text(str(claim["checkworthiness"]["score"]))
    share = page.url
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    c2.locator(".claim-link").click()
    assert page.evaluate("document.activeElement.id") == "m2"
    expect(page.locator("#r-m2")).to_be_visible()
    expect(page.locator("#m2")).to_be_in_viewport()
    expect(page.locator("#s-c2")).to_have_class("sentence current")
    assert page.url == share  # the fragment (the share link) is left alone


def test_the_table_of_amounts_sorts_and_filters(browser, server):
    text = ("Le budget passe de 3 millions d'euros à 2,5 millions d'euros, soit 12 % de moins ; "
            "400 personnes et 35 km de routes. The fund holds $4 million.")
    page = browser()
    submit(page, server, text)
    rows = page.locator("#amounts tbody tr")
    total = rows.count()
    assert total >= 5
    page.select_option("#filter-kind", "money")
    visible = page.locator("#amounts tbody tr:visible")
    assert visible.count() == len([m for m in api(server, "/v1/extract", {"text": text})["mentions"]
                                   if m["kind"] == "money"])
    page.select_option("#filter-unit", "EUR")
    assert page.eval_on_selector_all("#amounts tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.unit)") == [
        "EUR", "EUR"]
    page.select_option("#filter-kind", "")
    page.select_option("#filter-unit", "")
    assert page.locator("#amounts tbody tr:visible").count() == total
    page.get_by_role("button", name="Sort by Low").click()
    lows = page.eval_on_selector_all("#amounts tbody tr", "rs => rs.map(r => r.cells[3].dataset.value)")
    numbers = [float(x) for x in lows if x]
    assert numbers == sorted(numbers)
    page.get_by_role("button", name="Sort by Low").click()
    lows = page.eval_on_selector_all("#amounts tbody tr", "rs => rs.map(r => r.cells[3].dataset.value)")
    assert [float(x) for x in lows if x] == sorted(numbers, reverse=True)
    assert page.get_attribute("#amounts th:nth-child(4)", "aria-sort") == "descending"


# -- exports ---------------------------------------------------------------------------

def download(page, selector) -> str:
    with page.expect_download() as info:
        page.click(selector)
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_each_export_holds_what_the_api_says(browser, server):
    page = browser()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    submit(page, server, SEED, convert_to="EUR")
    reply = api(server, "/v1/extract", {"text": SEED, "date": SEED_DATE, "convert_to": "EUR"})

    assert json.loads(download(page, "#export-json")) == reply

    rows = list(csv.DictReader(io.StringIO(download(page, "#export-csv"))))
    assert [r["id"] for r in rows] == [m["id"] for m in reply["mentions"]]
    for row, m in zip(rows, reply["mentions"]):
        assert (row["text"], int(row["start"]), int(row["end"]), row["kind"]) == (
            m["text"], m["start"], m["end"], m["kind"])
        assert (row["low"], row["high"], row["currency"], row["qualifier"]) == (
            m["low"] or "", m["high"] or "", m["currency"] or "", m["qualifier"])
        assert (row["converted_low"], row["rate"], row["rate_date"]) == (
            m["converted"]["low"], m["converted"]["rate"], m["converted"]["rate_date"])
    assert rows[1]["claim"] == "c2"

    review = json.loads(download(page, "#claim-c2 button.claim-review"))
    assert review == api(server, "/v1/claim-review", query={"text": SEED, "date": SEED_DATE, "claim": "c2"})
    assert review["@type"] == "ClaimReview"

    page.click("#export-tsv")
    expect(page.locator("#copy-status")).to_have_text("Copied: paste it into a spreadsheet.")
    lines = page.evaluate("navigator.clipboard.readText()").rstrip("\n").split("\n")
    header = lines[0].split("\t")
    assert header[:5] == ["id", "text", "kind", "low", "high"]
    table = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert [(r["id"], r["text"], r["low"], r["high"], r["currency"]) for r in table] == [
        (m["id"], m["text"], m["low"], m["high"], m["currency"]) for m in reply["mentions"]]


def test_the_share_link_round_trip_never_sends_the_text(browser, server):
    page = browser()
    text = "Selon l'Insee, le chômage a baissé de 0,3 point en 2023, à 7,1 %.\nPlus de 400 personnes."
    submit(page, server, text, convert_to="USD")
    link = page.input_value("#share-link")
    assert link.startswith(server.url + "/#") and "text=" in link
    assert urllib.parse.parse_qs(link.split("#", 1)[1])["text"] == [text]
    marks = page.eval_on_selector_all("#article mark", "ms => ms.map(m => [m.id, m.textContent])")
    before = len(server.requests())

    other = browser()  # someone else opens the link
    other.goto(link)
    other.wait_for_selector("#article")
    assert other.input_value("#text") == text
    assert other.eval_on_selector_all("#article mark", "ms => ms.map(m => [m.id, m.textContent])") == marks
    assert other.input_value("#convert_to") == "USD" and other.input_value("#date") == SEED_DATE
    assert article_text(other) == text
    # the server saw a GET of / with no text in it, then the form's POST
    seen = [(r["method"], r["path"]) for r in server.requests()[before:] if not r["path"].startswith("/static")]
    assert seen[:2] == [("GET", "/"), ("POST", "/")]
    assert "chômage" not in Path(server.log_path).read_text(encoding="utf-8")


def test_the_language_switch_keeps_the_text(browser, server):
    page = browser(locale="fr-FR")
    submit(page, server, SEED)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("#claims-h")).to_have_text("Affirmations")
    page.focus("#m2")
    expect(page.locator("#r-m2")).to_contain_text("entre 10\u202f000 et 10 millions de CNY, approximatif")
    page.click("a[hreflang=en]")
    page.wait_for_selector("#article")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.input_value("#text") == SEED
    page.focus("#m2")
    expect(page.locator("#r-m2")).to_contain_text("between 10,000 and 10 million CNY, approximate")


# -- safe with any text --------------------------------------------------------------

def test_hostile_texts_render_as_text(browser, server):
    page = browser()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    submit(page, server, HOSTILE)
    assert page.evaluate("typeof window.pwned") == "undefined"  # no script ran
    assert page.eval_on_selector_all(
        "#article *", "es => es.filter(e => !['MARK', 'SPAN'].includes(e.tagName)).length") == 0
    assert page.locator("img, svg, iframe, style:not(head style), a[href^='javascript']").count() == 0
    # ours, and nothing else: page.js and the reply's JSON block (a data block, never run)
    assert page.eval_on_selector_all("script", "ss => ss.map(s => [s.type, s.getAttribute('src')])") == [
        ["", "/static/page.js"], ["application/json", None]]
    assert article_text(page) == HOSTILE
    assert page.input_value("#text") == HOSTILE
    expect(page.locator("body")).to_be_visible()
    assert page.locator("#article mark").count() >= 3
    # again through the share link, where the text comes back from the URL
    other = browser()
    other.goto(page.input_value("#share-link"))
    other.wait_for_selector("#article")
    assert other.evaluate("typeof window.pwned") == "undefined"
    assert article_text(other) == HOSTILE
    assert violations == []  # nothing was even tried: the text never became markup


def test_the_page_works_with_javascript_off(browser, server):
    page = browser(java_script_enabled=False)
    submit(page, server, SEED)
    expected = api(server, "/v1/extract", {"text": SEED, "date": SEED_DATE})
    assert page.locator("#article mark").count() == len(expected["mentions"])
    assert article_text(page) == SEED
    page.focus("#m2")  # CSS alone shows the reading
    expect(page.locator("#r-m2")).to_be_visible()
    expect(page.locator("#r-m2")).to_contain_text("[10000, 10000000) CNY, approximate")
    expect(page.locator(".claim")).to_have_count(len(expected["claims"]))
    expect(page.locator("#amounts tbody tr")).to_have_count(len(expected["mentions"]))
    expect(page.locator("#exports")).to_be_hidden()  # what needs the script is not offered
    expect(page.locator("#filters")).to_be_hidden()


def test_limits_and_errors_are_readable_on_the_page(browser, server):
    page = browser()
    submit(page, server, "x" * (MAX_TEXT + 1))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("The text could not be read (413")
    expect(alert).to_contain_text(f"the limit is {MAX_TEXT} characters")
    expect(alert).to_contain_text("Send a shorter text, or split it into parts.")
    assert page.input_value("#text") == "x" * (MAX_TEXT + 1)
    page.goto(server.url + "/?ui=fr")
    page.set_input_files("#file", files=[{"name": "rapport.pdf", "mimeType": "application/pdf",
                                          "buffer": b"%PDF-1.4"}])
    page.click("#submit")
    expect(page.get_by_role("alert")).to_contain_text("Seuls les fichiers .txt et .html peuvent être lus.")


def test_an_html_file_is_read_in_the_browser(browser, server):
    page = browser()
    page.goto(server.url + "/")
    html = ("<html><body><nav>Menu · 24 rubriques</nav><article><h1>Les salaires</h1><p>"
            "Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers à "
            "plusieurs millions de yuans pour attirer les talents.</p></article></body></html>")
    page.set_input_files("#file", files=[{"name": "article.html", "mimeType": "text/html",
                                          "buffer": html.encode()}])
    page.click("#submit")
    page.wait_for_selector("#article")
    expect(page.locator("#m1")).to_have_text("dizaines de milliers à plusieurs millions de yuans")
    assert "rubriques" not in article_text(page)


# -- accessibility -----------------------------------------------------------------------

@pytest.mark.parametrize("state", ["empty", "seed", "error"])
def test_axe_finds_no_violation(browser, server, state):
    page = browser()
    if state == "empty":
        page.goto(server.url + "/")
    elif state == "seed":
        submit(page, server, SEED, convert_to="EUR")
        page.focus("#m2")  # with a reading open
    else:
        submit(page, server, "x" * (MAX_TEXT + 1))
        expect(page.get_by_role("alert")).to_be_visible()
    assert run_axe(page) == []
