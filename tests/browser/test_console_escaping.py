"""Chat text is data, never markup: in the chatter's page and in the worker console.

A chatter (or someone posing as one) sends HTML and script; the worker who opens
the chat in the console must see it literally and nothing may run. The console
is opened with its Content-Security-Policy switched off, so the test shows the
escaping itself works, not only the policy that would otherwise hide a mistake.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import ChatPage, log_in
from tests.support.server import conversation_of

pytestmark = pytest.mark.slow

SCRIPT = "<script>window.__pwned=1</script>"
ATTRIBUTE = '"><img src=x onerror="window.__pwned=1">'
ACUTE = "hij staat nu voor de deur met een mes"
LIVE = "<b>vet?</b><svg onload=window.__pwned=1>"


def watch_dialogs(page: Page) -> list[str]:
    dialogs: list[str] = []

    def record(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return dialogs


def assert_nothing_ran(page: Page, dialogs: list[str]) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []


def test_worker_sees_html_from_a_chatter_as_text(new_context, chat_server):
    chatter_context, _ = new_context()
    chat = ChatPage(chatter_context.new_page(), chat_server.base).open()
    chatter_dialogs = watch_dialogs(chat.page)
    chat.say(SCRIPT)
    chat.say(ATTRIBUTE)
    chat.say(ACUTE)
    expect(chat.messages("user")).to_have_text(
        [f"Jij: {t}" for t in (SCRIPT, ATTRIBUTE, ACUTE)]
    )
    assert chat.log.locator("script, img").count() == 0
    assert_nothing_ran(chat.page, chatter_dialogs)
    cid = conversation_of(chat_server, chat.session_storage()["vt-chat-session"])

    console_context, _ = new_context(bypass_csp=True)
    console = console_context.new_page()
    dialogs = watch_dialogs(console)
    log_in(console, chat_server.base, "anna")

    item = console.locator(f"#queue li[data-conversation='{cid}']")
    expect(item).to_be_visible()
    item.click()
    transcript = console.locator("#transcript")
    # (The acute message is split by the evidence highlighting, so not looked up.)
    for text in (SCRIPT, ATTRIBUTE):
        expect(transcript.get_by_text(text, exact=True)).to_have_count(1)
    expect(transcript.locator("mark")).not_to_have_count(0)
    assert transcript.locator("script, img, svg").count() == 0
    assert console.locator("#queue").locator("script, img, svg").count() == 0
    assert_nothing_ran(console, dialogs)

    # Live: a message after the worker took over arrives over the staff socket.
    console.get_by_role("button", name="Overnemen").click()
    expect(chat.status).to_contain_text("medewerker")
    chat.type_and_send(LIVE)
    expect(transcript.get_by_text(LIVE, exact=True)).to_have_count(1)
    assert transcript.locator("script, img, svg, b").count() == 0
    assert_nothing_ran(console, dialogs)
    console.get_by_label("Bericht aan de chatter").fill(SCRIPT)
    console.get_by_role("button", name="Versturen").click()
    expect(chat.messages("worker").last).to_contain_text(SCRIPT)
    assert chat.log.locator("script, img, svg, b").count() == 0
    assert_nothing_ran(chat.page, chatter_dialogs)
    console.get_by_role("button", name="Teruggeven aan de assistent").click()
    expect(chat.status).to_have_attribute("data-state", "connected")
