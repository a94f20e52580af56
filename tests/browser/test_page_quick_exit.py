"""Quick exit and no trace: someone who hurts the chatter may pick up the device next.

"Snel weg" or Escape twice replaces the page by a neutral site; the back button
does not lead to the chat, and nothing the chat did is left in the browser.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import EXIT_URL, ChatPage

pytestmark = pytest.mark.slow


def press_snel_weg(page: Page, chat: ChatPage) -> None:
    page.get_by_role("button", name=re.compile("^Snel weg")).click()


def press_escape_twice(page: Page, chat: ChatPage) -> None:
    chat.input.press("Escape")
    chat.input.press("Escape")


@pytest.mark.parametrize(
    "leave", [press_snel_weg, press_escape_twice], ids=["knop", "twee-keer-escape"]
)
def test_quick_exit_leaves_nothing_behind(new_context, chat_server, host_site, leave):
    context, guard = new_context()
    guard.allowed.add(host_site.origin)
    page = context.new_page()
    came_from = host_site.url("/nieuws.html")
    page.goto(came_from)
    chat = ChatPage(page, chat_server.base).open()
    chat.say("hoi")
    chat.say("mijn vriend leest al mijn berichten en ik mag niemand zien")
    chat.input.fill("ik durf niet meer naar huis")
    assert chat.session_storage(), "the token lives in sessionStorage while chatting"
    workers = "navigator.serviceWorker.getRegistrations().then(r => r.length)"
    assert page.evaluate(workers) == 0

    leave(page, chat)

    page.wait_for_url(EXIT_URL)
    expect(page).to_have_title("Weerbericht")
    expect(page.get_by_role("heading", name="Het weer van vandaag")).to_be_visible()
    page.go_back()
    assert page.url == came_from, "back must skip the chat"
    page.go_forward()
    assert page.url == EXIT_URL

    assert guard.traces == [], "cookies, localStorage, IndexedDB or a service worker"
    state = context.storage_state(indexed_db=True)
    assert state == {"cookies": [], "origins": []}
    assert context.service_workers == []
    # The chat's sessionStorage in this tab was wiped: opening the chat again
    # starts an empty conversation, not the one that was left.
    page.goto(chat_server.base + "/health")
    assert page.evaluate("sessionStorage.length") == 0
    chat.open()
    expect(chat.log.locator(".msg")).to_have_count(0)


def test_one_escape_does_not_leave(chat: ChatPage):
    """A single Escape (closing a keyboard, a menu) must not throw the chat away."""
    chat.open()
    chat.say("hoi")
    chat.input.press("Escape")
    chat.say("bedankt")
    assert chat.page.url == chat.base + "/"
    expect(chat.messages("bot")).to_have_count(2)
