"""The page's screenshots in docs/ (shown in the README), taken in Debian's Chromium
against the real server, as the browser tests run it:

    .venv/bin/python scripts/screenshots.py      # after scripts/test has installed Chromium
"""
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playwright.sync_api import sync_playwright  # noqa: E402

from live_server import LiveServer  # noqa: E402
from test_page_browser import ARGS, CHROMIUM, SEED, SEED_DATE  # noqa: E402

DOCS = ROOT / "docs"


def shoot(page, name, around=None, height=760):
    if around is not None:
        box = page.locator(around).bounding_box()
        top = max(0, box["y"] + page.evaluate("window.scrollY") - 220)
        page.screenshot(path=DOCS / name, full_page=True,
                        clip={"x": 0, "y": top, "width": page.viewport_size["width"], "height": height})
    else:
        page.screenshot(path=DOCS / name)
    print("wrote", DOCS / name)


def main():
    with LiveServer(workers=1, env={"FLASK_MAX_TEXT_LENGTH": "30000"}) as server, \
            sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        for ui, locale in (("en", "en-US"), ("fr", "fr-FR")):
            context = p.chromium.launch_persistent_context(
                f"{profile}/{ui}", executable_path=CHROMIUM, args=ARGS, headless=True,
                locale=locale, viewport={"width": 1280, "height": 800})
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(server.url + "/")
            if ui == "en":
                shoot(page, "page-empty.png")
            page.fill("#text", SEED)
            page.fill("#date", SEED_DATE)
            page.select_option("#convert_to", "EUR")
            page.click("#submit")
            page.wait_for_selector("#article")
            page.focus("#m2")
            shoot(page, f"page-seed-{ui}.png", around="#m2")
            if ui == "en":
                page.locator("#m2").blur()
                page.click("#claim-c2 .claim-link")
                page.locator("#m2").blur()
                shoot(page, "page-claims.png", around="#claims-h", height=900)
                page.goto(server.url + "/")
                page.fill("#text", "x" * 30001)
                page.click("#submit")
                page.wait_for_selector("#error")
                shoot(page, "page-error.png", around="#error", height=520)
            context.close()


if __name__ == "__main__":
    main()
