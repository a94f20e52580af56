"""WCAG 2.1 AA in a real browser: keyboard only, axe-core, 360 px and 200 % zoom.

Screenshots of every screen size go to ``test-artifacts/screenshots/`` so a person
can look at what the tests looked at.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import SCREENSHOTS, ChatPage, run_axe, serious

pytestmark = pytest.mark.slow

ACUTE = "hij staat nu voor de deur met een mes"

FOCUSED = """() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent
        || el.textContent;
    return {
        tag: el.tagName.toLowerCase(),
        name: (name || "").trim().replace(/\\s+/g, " "),
        outline: s.outlineStyle !== "none" ? parseFloat(s.outlineWidth) : 0,
    };
}"""


# Is the focused control really visible: in the viewport and not covered by
# something else (the top bar that stays on screen)? A control must show its
# middle; a tall region (the conversation) at least part of itself.
UNCOVERED = """() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
    const ys = r.height > innerHeight / 3
        ? [0.1, 0.3, 0.5, 0.7, 0.9].map(f => top + f * (bottom - top))
        : [r.top + r.height / 2];
    const seen = ys.filter(y => y >= 0 && y <= innerHeight).some(y => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && el.contains(hit);
    });
    return {
        name: (el.getAttribute("aria-label") || el.labels?.[0]?.textContent
            || el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40),
        uncovered: seen,
    };
}"""


def tab(page: Page, keys: str = "Tab") -> dict[str, Any]:
    page.keyboard.press(keys)
    focused: dict[str, Any] = page.evaluate(FOCUSED)
    assert focused["outline"] >= 2, f"no visible focus on {focused}"
    return focused


def tab_to(page: Page, name: str, limit: int = 15) -> list[str]:
    """Press Tab until the control called ``name`` has focus; the names passed."""
    passed = []
    for _ in range(limit):
        focused = tab(page)
        passed.append(focused["name"])
        if focused["name"].startswith(name):
            return passed
    raise AssertionError(f"{name!r} not reached by Tab; focus went to {passed}")


def test_keyboard_only(chat: ChatPage):
    chat.open()
    page = chat.page
    # The way out comes first.
    assert tab(page)["name"].startswith("Snel weg")
    passed = tab_to(page, "Je bericht")
    assert "In direct gevaar? Bel 112." in passed
    assert "Veilig Thuis: 0800-2000, gratis, 24/7" in passed
    assert "Tips om veilig te chatten" in passed

    page.keyboard.type("hallo")
    page.keyboard.press("Enter")
    chat.expect_delivered()
    expect(chat.quick_replies.get_by_role("button")).to_have_count(3)
    expect(chat.input).to_be_focused()
    # The answer buttons sit just before the message box.
    assert tab(page, "Shift+Tab")["name"] == "Als professional"
    assert tab(page, "Shift+Tab")["name"] == "Over iemand anders"
    page.keyboard.press("Space")
    chat.expect_delivered()
    expect(chat.messages("user").last).to_contain_text("Over iemand anders")
    expect(chat.input).to_be_focused()

    page.keyboard.type("wat gebeurt er als ik een melding doe?")
    tab_to(page, "Verstuur")
    page.keyboard.press("Enter")
    chat.expect_delivered()
    assert len(chat.messages("bot").all()) >= 3

    tab_to(page, "Gesprek beëindigen")
    page.keyboard.press("Enter")
    expect(chat.status).to_contain_text("Gesprek beëindigd")
    expect(page.get_by_role("button", name="Nieuw gesprek")).to_be_focused()


def test_tips_open_with_the_keyboard(chat: ChatPage):
    chat.open()
    tab_to(chat.page, "Tips om veilig te chatten")
    chat.page.keyboard.press("Enter")
    expect(chat.page.get_by_text("twee keer snel op")).to_be_visible()


def test_axe_finds_no_serious_violations(chat: ChatPage):
    chat.open()
    assert serious(run_axe(chat.page)) == [], "empty page"
    chat.page.get_by_text("Tips om veilig te chatten").click()
    chat.say("hoi")
    chat.say(ACUTE)
    expect(chat.log.locator(".msg.acute")).to_have_count(1)
    assert serious(run_axe(chat.page)) == [], "buttons, acute reply, tips open"
    chat.page.get_by_role("button", name="Gesprek beëindigen").click()
    expect(chat.status).to_contain_text("Gesprek beëindigd")
    assert serious(run_axe(chat.page)) == [], "ended"


DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
# Chrome at 200 % on a 1280 x 800 window lays out 640 x 400 CSS pixels.
DESKTOP_ZOOM_200 = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}
SCREENS: dict[str, tuple[dict[str, Any], int]] = {
    "desktop": (DESKTOP, 1),
    "desktop-zoom-200": (DESKTOP_ZOOM_200, 1),
    "desktop-tekst-200": (DESKTOP, 2),
    "mobiel-360": (PHONE, 1),
    "mobiel-360-tekst-200": (PHONE, 2),
}


@pytest.mark.parametrize("name", SCREENS)
def test_screen_sizes_and_zoom(new_context, chat_server, name):
    options, text_zoom = SCREENS[name]
    context, _ = new_context(**options)
    page = context.new_page()
    if text_zoom != 1:
        # The browser's own text size setting ("Lettergrootte" on a phone).
        cdp = context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 16 * text_zoom}})
    chat = ChatPage(page, chat_server.base).open()
    chat.say("hoi")
    expect(chat.quick_replies.get_by_role("button")).to_have_count(3)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"chat-{name}.png")

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], "the page scrolls sideways"
    snel_weg = page.get_by_role("button", name=re.compile("^Snel weg"))
    helpline = page.get_by_role("link", name="In direct gevaar? Bel 112.")
    expect(snel_weg).to_be_in_viewport(ratio=1)
    expect(helpline).to_be_in_viewport(ratio=1)
    # Tab through every control: each one comes into view, not hidden under
    # the top bar that stays on screen.
    snel_weg.focus()
    names = ["Snel weg"]
    while not names or names[-1] != "Gesprek beëindigen":
        assert len(names) < 15, names
        page.keyboard.press("Tab")
        focused = page.evaluate(UNCOVERED)
        assert focused["uncovered"], focused
        names.append(focused["name"])
    assert "Als professional" in names and "Verstuur" in names
    expect(snel_weg).to_be_in_viewport(ratio=1)
    assert serious(run_axe(page)) == [], name
