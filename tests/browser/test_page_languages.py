"""The chat page in the writer's language: Arabic right to left, Snel weg first.

Real Chromium against the real server: a Turkish cry for help turns the page's
fixed texts Turkish, and the language menu gives the Arabic page, right to left,
with Snel weg still the first Tab stop and nothing stored but the session token.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import ChatPage

pytestmark = pytest.mark.slow

STORAGE = """() => ({
    local: localStorage.length,
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
})"""


def test_the_menu_gives_the_arabic_page_right_to_left(chat: ChatPage):
    chat.open().expect_connected()
    page = chat.page
    page.select_option("#language", "ar")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    # The fixed texts are Arabic; the numbers stay as they are.
    assert "112" in page.inner_text(".helpline-112")
    assert "0800-2000" in page.inner_text(".helpline-vt")
    assert page.inner_text("[data-text=quick_exit]") != "Snel weg"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Keyboard: Snel weg is still the first Tab stop, and works from there.
    page.locator("body").focus()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "quick-exit"
    # Back to Dutch from the menu, by keyboard.
    page.focus("#language")
    page.select_option("#language", "nl")
    expect(html).to_have_attribute("dir", "ltr")
    assert page.inner_text("[data-text=quick_exit]") == "Snel weg"
    storage = page.evaluate(STORAGE)
    assert storage["local"] == 0 and storage["cookies"] == ""
    assert storage["session"] in ([], ["vt-chat-session"])


def test_a_turkish_cry_for_help_turns_the_page_turkish(chat: ChatPage):
    chat.open().expect_connected()
    answers = chat.say("kocam şu an beni dövüyor, yardım edin")
    assert "112" in answers[0]
    page = chat.page
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    assert page.input_value("#language") == "tr"
    assert page.inner_text("[data-text=quick_exit]") != "Snel weg"
    expect(page.locator(".msg-bot.acute").first).to_be_visible()
