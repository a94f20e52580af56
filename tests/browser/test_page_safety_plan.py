"""The guided safety plan on the chat page, in Chromium (issue 14, item 6).

The chatter fills in what they want, sees the plan as their own with a warning
before copying, and nothing of it leaves the page: the server records only that
a plan was made, as advice of the topic ``veiligheidsplan``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bot.store import open_database
from bot.store.review import AdviceRecords
from tests.support.browser import ChatPage
from tests.support.server import conversation_of

pytestmark = pytest.mark.slow

CODE_WORD = "paraplu-zeventien"


def plan_records(server, conversation_id: str, wait_s: float = 10.0) -> list:
    db = open_database(server.database_url)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            found = [
                r
                for r in AdviceRecords(db).query()
                if r.conversation_id == conversation_id and r.given_by == "formulier"
            ]
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.2)
    finally:
        db.dispose()


def test_the_plan_is_shown_as_the_chatters_own_and_only_its_making_is_recorded(
    new_context, chat_server
):
    context, guard = new_context()
    chat = ChatPage(context.new_page(), chat_server.base).open()
    chat.say("hoi")
    page = chat.page
    page.get_by_role("button", name="Veiligheidsplan maken").click()
    dialog = page.get_by_role("dialog", name="Je eigen veiligheidsplan")
    expect(dialog).to_be_visible()
    # Every step may be skipped: only two are filled in here.
    dialog.get_by_label("Een plek waar je veilig bent").fill("bij <b>Lies</b>")
    dialog.get_by_label("Een codewoord").fill(CODE_WORD)
    dialog.get_by_label("Medicijnen").check()
    dialog.get_by_role("button", name="Toon mijn plan").click()

    plan = page.locator("#plan-output")
    expect(plan).to_contain_text(f"Ons codewoord: {CODE_WORD}")
    expect(plan).to_contain_text("bij <b>Lies</b>")  # shown as text, not HTML
    expect(plan.locator("b")).to_have_count(0)
    expect(plan).to_contain_text("Medicijnen")
    expect(plan).to_contain_text("0800-2000")
    expect(plan).to_contain_text("Niets ingevuld.")  # the skipped phone step
    expect(
        page.get_by_text("wie dit plan vindt, weet wat je van plan bent")
    ).to_be_visible()
    copy = page.get_by_role("button", name="Kopiëren")
    expect(copy).to_be_disabled()
    page.get_by_label("Ik heb dit gelezen").check()
    expect(copy).to_be_enabled()

    conversation_id = conversation_of(
        chat_server, chat.session_storage()["vt-chat-session"]
    )
    (record,) = plan_records(chat_server, conversation_id)
    assert (record.topic, record.audience, record.channel) == (
        "veiligheidsplan",
        "zelf",
        "website",
    )
    # Nothing the chatter typed into the plan reached the server.
    database = Path(chat_server.database_url.removeprefix("sqlite:///"))
    for stored in database.parent.glob(database.name + "*"):  # with -wal, -shm
        assert CODE_WORD.encode() not in stored.read_bytes(), stored
    assert guard.traces == [], "the plan left something in the browser"

    page.get_by_role("button", name="Sluiten en plan wissen").click()
    expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Veiligheidsplan maken").click()
    expect(dialog.get_by_label("Een codewoord")).to_have_value("")
    # A second plan in the same conversation is not counted twice.
    dialog.get_by_role("button", name="Toon mijn plan").click()
    expect(page.locator("#plan-output")).to_contain_text("Niets ingevuld.")
    assert len(plan_records(chat_server, conversation_id, wait_s=1.0)) == 1
