"""A chat through the real page in Chromium: opening, buttons, answers, 112, a worker.

Everything is asserted as the chatter would see it on screen.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import ChatPage
from tests.support.server import conversation_of
from tests.support.staff import StaffClient

pytestmark = pytest.mark.slow

ACUTE = "hij staat nu voor de deur met een mes"


def test_opening_buttons_then_a_procedural_question(chat: ChatPage):
    chat.open()
    expect(chat.page).to_have_title("Chat")
    expect(
        chat.page.get_by_role("button", name=re.compile("^Snel weg"))
    ).to_be_visible()
    for helpline in (
        "In direct gevaar? Bel 112.",
        "Veilig Thuis: 0800-2000, gratis, 24/7",
    ):
        expect(chat.page.get_by_role("link", name=helpline)).to_be_visible()

    opening = chat.say("hoi")
    assert "digitale assistent" in opening[0]
    buttons = chat.quick_replies.get_by_role("button")
    expect(buttons).to_have_text(
        ["Over mezelf", "Over iemand anders", "Als professional"]
    )

    menu = chat.choose("Als professional")
    assert "Kies een onderwerp" in menu[0]
    # The button's title shows as the chatter's message, never its payload.
    expect(chat.messages("user").last).to_contain_text("Als professional")
    expect(chat.quick_replies.get_by_role("button", name="Meldcode")).to_be_visible()

    answer = " ".join(chat.say("welke stappen heeft de meldcode?")).lower()
    for step in ("signalen", "collegiale consultatie", "gesprek", "afwegingskader"):
        assert step in answer, answer
    # A typed question replaces the old topic buttons.
    expect(chat.quick_replies.get_by_role("button", name="Meldcode")).to_have_count(0)
    assert [who for who, _ in chat.transcript()].count("user") == 3
    expect(chat.page.locator(".msg.is-pending")).to_have_count(0)


def test_typing_indicator_while_the_bot_works(chat: ChatPage):
    chat.open()
    typing = chat.page.get_by_text("Er wordt een antwoord getypt")
    # A fast answer can hide the indicator before a poll sees it: record in the
    # page whether it was ever shown.
    chat.page.evaluate(
        """() => {
            const box = document.getElementById("typing");
            window.__sawTyping = false;
            new MutationObserver(() => {
                if (!box.hidden) { window.__sawTyping = true; }
            }).observe(box, {attributes: true, attributeFilter: ["hidden"]});
        }"""
    )
    chat.type_and_send("hallo")
    expect(chat.messages("bot")).to_have_count(1)
    assert chat.page.evaluate("() => window.__sawTyping") is True
    expect(typing).to_be_hidden()


def test_acute_message_shows_112_prominently(chat: ChatPage):
    chat.open()
    chat.say("hoi")
    first = chat.say(ACUTE)[0]
    assert "Bel nu 112" in first

    acute = chat.log.locator(".msg.acute")
    expect(acute).to_have_count(1)
    expect(acute).to_have_attribute("role", "alert")
    expect(acute).to_be_in_viewport()
    normal = chat.messages("bot").first
    look = """el => {
        const s = getComputedStyle(el);
        return {bg: s.backgroundColor, weight: s.fontWeight, width: el.offsetWidth};
    }"""
    acute_look, normal_look = acute.evaluate(look), normal.evaluate(look)
    log_width = chat.log.evaluate("el => el.clientWidth")
    assert acute_look["bg"] != normal_look["bg"]
    assert int(acute_look["weight"]) >= 700
    # Not just another bubble: it spans the whole conversation column.
    assert acute_look["width"] >= 0.95 * log_width > normal_look["width"]


def test_worker_joining_and_leaving_is_shown(chat: ChatPage, chat_server):
    chat.open()
    chat.say("hoi")
    chat.say("ik wil graag met een mens praten")
    token = chat.session_storage()["vt-chat-session"]
    anna = StaffClient(chat_server.base)
    assert anna.login("anna") == 200
    cid = conversation_of(chat_server, token)
    _, queue = anna.get("/api/queue")
    item = next(i for i in queue["items"] if i["conversation_id"] == cid)
    assert anna.post(f"/api/queue/{item['id']}/claim")[0] == 200

    joined = "Je chat nu met een medewerker van Veilig Thuis"
    expect(chat.status).to_contain_text(joined)
    expect(chat.log.get_by_text(joined)).to_be_visible()
    anna.post(f"/api/conversations/{cid}/messages", {"text": "Hoi, ik ben Anna."})
    expect(chat.messages("worker").last).to_contain_text("Hoi, ik ben Anna.")
    expect(chat.messages("worker").last).to_contain_text("Medewerker")

    anna.post(f"/api/conversations/{cid}/release", {"resume_bot": True})
    expect(chat.status).to_have_attribute("data-state", "connected")
    expect(chat.log.get_by_text("weer aan de digitale assistent")).to_be_visible()


def test_ending_the_chat_forgets_it(chat: ChatPage):
    chat.open()
    chat.say("hoi")
    assert chat.session_storage()
    chat.page.get_by_role("button", name="Gesprek beëindigen").click()
    expect(chat.status).to_contain_text("Gesprek beëindigd")
    expect(chat.input).to_be_disabled()
    new_chat = chat.page.get_by_role("button", name="Nieuw gesprek")
    expect(new_chat).to_be_focused()
    assert chat.session_storage() == {}
    new_chat.press("Enter")
    chat.expect_connected()
    expect(chat.log.locator(".msg")).to_have_count(0)
    expect(chat.input).to_be_focused()


def test_ending_with_wipe_deletes_the_conversation(chat: ChatPage, chat_server):
    chat.open()
    chat.say("mijn vriend kijkt steeds in mijn telefoon, is dat normaal?")
    cid = conversation_of(chat_server, chat.session_storage()["vt-chat-session"])
    chat.page.get_by_label("en dit gesprek meteen wissen").check()
    chat.page.get_by_role("button", name="Gesprek beëindigen").click()
    expect(chat.log.get_by_text("Het gesprek is gewist")).to_be_visible()
    assert chat.session_storage() == {}
    beheerder = StaffClient(chat_server.base)
    assert beheerder.login("bea") == 200
    assert beheerder.get(f"/api/conversations/{cid}?original=1")[0] == 404
