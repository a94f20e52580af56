"""The conversation survives a reload and a server restart, without loss or doubles."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import ChatPage

pytestmark = pytest.mark.slow


def test_reload_continues_the_conversation(chat: ChatPage):
    chat.open()
    chat.say("hoi")
    chat.choose("Over iemand anders")
    chat.say("wat doet Veilig Thuis met een melding?")
    before = chat.transcript()
    token = chat.session_storage()

    chat.page.reload()
    chat.expect_connected()
    expect(chat.log.locator(".msg")).to_have_count(len(before))
    assert chat.transcript() == before
    assert chat.session_storage() == token

    answers = chat.say("bedankt voor de uitleg")
    after = chat.transcript()
    assert after[: len(before)] == before
    assert after[len(before) :] == [
        ("user", "bedankt voor de uitleg"),
        *(("bot", text) for text in answers),
    ]


def test_server_restart_mid_chat_loses_nothing(chat: ChatPage, chat_server):
    """The shared server restarts, as in the handoff restart test: same data, ports.

    The chatter types while the server is down; the message waits on screen, goes
    out once the server answers again, and nothing shows twice.
    """
    chat.open()
    chat.say("hoi")
    chat.say("hoe lang duurt een huisverbod?")
    before = chat.transcript()

    assert chat_server.stop() == 0
    expect(chat.status).to_have_attribute("data-state", "reconnecting")
    expect(chat.status).to_contain_text("opnieuw verbinden")
    question = "wie beslist over een huisverbod?"
    chat.type_and_send(question)
    expect(chat.messages("user").last).to_contain_text("Nog niet verzonden")

    chat_server.restart()

    chat.expect_connected(timeout=60_000)
    chat.expect_delivered(timeout=60_000)
    expect(chat.messages("bot").last).to_contain_text("burgemeester")
    expect(chat.page.locator(".msg.is-pending")).to_have_count(0)
    after = chat.transcript()
    assert after[: len(before)] == before
    assert after[len(before)] == ("user", question)
    assert [who for who, _ in after[len(before) + 1 :]] == ["bot"] * (
        len(after) - len(before) - 1
    )
    assert [text for who, text in after if who == "user"] == [
        "hoi",
        "hoe lang duurt een huisverbod?",
        question,
    ]


def test_a_conversation_the_server_forgot_is_not_silently_replaced(chat: ChatPage):
    """An expired or closed session: the chatter is told this is a new chat."""
    chat.open()
    chat.say("hoi")
    chat.page.evaluate("() => sessionStorage.setItem('vt-chat-session', 'verlopen')")
    chat.page.reload()
    chat.expect_connected()
    expect(chat.log.get_by_text("Het vorige gesprek is gesloten")).to_be_visible()
    assert chat.session_storage()["vt-chat-session"] != "verlopen"
    assert "digitale assistent" in chat.say("hoi")[0]


def test_reload_keeps_the_112_reply_prominent(chat: ChatPage):
    chat.open()
    chat.say("hij staat nu voor de deur met een mes")
    expect(chat.log.locator(".msg.acute")).to_have_count(1)
    chat.page.reload()
    chat.expect_connected()
    expect(chat.log.locator(".msg-bot")).not_to_have_count(0)
    expect(chat.log.locator(".msg.acute")).to_have_count(1, timeout=2_000)


def test_reload_keeps_the_answer_buttons(chat: ChatPage):
    chat.open()
    chat.say("hoi")
    expect(chat.quick_replies.get_by_role("button")).to_have_count(3)
    chat.page.reload()
    chat.expect_connected()
    expect(chat.log.locator(".msg-bot")).to_have_count(1)
    expect(chat.quick_replies.get_by_role("button")).to_have_count(3, timeout=2_000)
