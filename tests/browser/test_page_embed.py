"""The chat embedded with one script tag on another site (a regional Veilig Thuis page).

The host page lives on another origin (the test's own small web server). The
chat must behave as on its own page: it works, it leaves nothing behind, and
"Snel weg" leaves the whole host page, not just the chat panel.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import EXIT_URL, SCREENSHOTS, run_axe, serious

pytestmark = pytest.mark.slow

HOST_PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Veilig Thuis regio Rivierenland</title>
</head>
<body>
<main>
<h1>Veilig Thuis regio Rivierenland</h1>
<p>Maak je je zorgen over iemand? Of gebeurt er thuis iets wat niet goed is?
Praat erover met ons, anoniem als je wilt.</p>
</main>
<script src="{chat}/static/embed.js" defer></script>
</body>
</html>
"""


@pytest.fixture()
def regional_site(host_site, chat_server) -> str:
    host_site.pages["/regio.html"] = HOST_PAGE.format(chat=chat_server.base)
    return host_site.url("/regio.html")


@pytest.mark.parametrize("leave", ["knop", "twee-keer-escape", "escape-op-de-site"])
def test_embedded_chat_works_and_leaves_the_whole_page(
    new_context, host_site, regional_site, leave
):
    context, guard = new_context()
    guard.allowed.add(host_site.origin)
    page = context.new_page()
    came_from = host_site.url("/nieuws.html")
    page.goto(came_from)
    page.goto(regional_site)

    launcher = page.get_by_role("button", name="Chat met Veilig Thuis")
    expect(launcher).to_have_attribute("aria-expanded", "false")
    launcher.focus()
    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    panel = page.frame_locator("iframe[title='Chat met Veilig Thuis']")
    expect(panel.locator("#status")).to_have_attribute("data-state", "connected")
    message = panel.get_by_label("Je bericht")
    expect(message).to_be_focused()
    message.fill("hoi")
    message.press("Enter")
    expect(panel.locator(".msg-bot").first).to_contain_text("digitale assistent")
    expect(panel.get_by_role("button", name="Als professional")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "embed-desktop.png")
    assert serious(run_axe(page)) == [], "host page with the launcher and panel"

    # Closing the panel keeps the conversation; the launcher gets focus back.
    page.get_by_role("button", name=re.compile("^Sluiten")).click()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    launcher.click()
    expect(panel.locator(".msg-user")).to_have_text(["Jij: hoi"])

    if leave == "knop":
        panel.get_by_role("button", name=re.compile("^Snel weg")).click()
    elif leave == "twee-keer-escape":
        message.press("Escape")
        message.press("Escape")
    else:
        # Focus on the host page: Escape twice leaves too. (The first one on
        # "Sluiten" also closes the panel and puts focus on the launcher.)
        page.get_by_role("button", name=re.compile("^Sluiten")).press("Escape")
        page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    expect(page).to_have_title("Weerbericht")
    page.go_back()
    assert page.url == came_from, "back must skip the page with the chat"
    assert guard.traces == []
    assert context.storage_state(indexed_db=True) == {"cookies": [], "origins": []}


def test_embed_on_a_phone_fills_the_screen(new_context, host_site, regional_site):
    context, guard = new_context(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    guard.allowed.add(host_site.origin)
    page = context.new_page()
    page.goto(regional_site)
    page.get_by_role("button", name="Chat met Veilig Thuis").tap()
    frame = page.locator("iframe[title='Chat met Veilig Thuis']")
    expect(frame).to_be_in_viewport(ratio=1)
    box = frame.bounding_box()
    assert box is not None
    assert box["width"] >= 350 and box["height"] >= 0.9 * 740, box
    panel = page.frame_locator("iframe[title='Chat met Veilig Thuis']")
    expect(panel.locator("#status")).to_have_attribute("data-state", "connected")
    expect(panel.get_by_role("button", name=re.compile("^Snel weg"))).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Sluiten"))).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "embed-mobiel-360.png")
