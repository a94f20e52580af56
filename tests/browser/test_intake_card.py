"""The intake card in the worker console: a child's chat, claimed, read at a glance.

A 14-year-old tells about a stepfather who hits the mother, is home now, and a
little brother. The worker sees the one-line summary in the queue, claims the
chat and finds the card above the transcript: the minor with age, the
stepparent at home, the children in the house, and a quote that jumps to the
message it came from. A reviewer later sees the same card with the name
redacted from its quotes, and corrects a field.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect

from tests.support.browser import ChatPage, log_in
from tests.support.server import conversation_of

pytestmark = pytest.mark.slow

CHILD = [
    "hoi ik ben 14",
    "mijn stiefvader Kees slaat mijn moeder al heel vaak, vanavond weer",
    "hij is nu beneden en mijn broertje is ook thuis",
]


def test_worker_sees_the_intake_card_of_a_child(new_context, chat_server):
    chatter_context, _ = new_context()
    chat = ChatPage(chatter_context.new_page(), chat_server.base).open()
    for text in CHILD:
        chat.say(text)
    cid = conversation_of(chat_server, chat.session_storage()["vt-chat-session"])

    console_context, _ = new_context()
    console = console_context.new_page()
    log_in(console, chat_server.base, "anna")

    item = console.locator(f"#queue li[data-conversation='{cid}']")
    expect(item.locator(".intake-line")).to_contain_text("kind, 14")
    expect(item.locator(".intake-line")).to_contain_text("stiefouder is er nu")
    item.click()
    console.get_by_role("button", name="Overnemen").click()
    expect(chat.status).to_contain_text("medewerker")

    card = console.locator("#intake-card")
    expect(card).to_be_visible()
    expect(card).to_contain_text("samengesteld door de assistent, niet gecontroleerd")
    rows = card.locator("dd")
    expect(card.locator("dt").first).to_have_text("Wie chat")
    expect(rows.nth(0)).to_have_text("kind, 14 jaar (minderjarig)")
    expect(card).to_contain_text("stiefouder · nu aanwezig: ja")
    expect(card).to_contain_text("Kindcheck: kinderen in huis")
    kindcheck = card.locator("dt", has_text="Kindcheck").locator(
        "xpath=following-sibling::dd[1]"
    )
    expect(kindcheck).to_have_text("ja")
    expect(card.locator(".intake-signal")).to_contain_text(
        "Signalen van structurele onveiligheid: ja"
    )

    # A quote leads to the message it was read from.
    quote = card.locator(".intake-quote").first
    message = quote.get_attribute("data-message")
    quote.click()
    target = console.locator(f"#transcript li[data-message='{message}']")
    expect(target).to_have_class("from-user jump")
    expect(target).to_be_focused()

    expect(card).to_contain_text("Kees")  # the worker reads it as written

    review_context, _ = new_context()
    page = review_context.new_page()
    log_in(page, chat_server.base, "rita")
    week_ago = (datetime.now(timezone.utc) - timedelta(days=7)).date().isoformat()
    page.get_by_label("Van").first.fill(week_ago)
    page.get_by_role("button", name="Zoeken").click()
    page.locator(f"#review-list li[data-conversation='{cid}']").click()
    review_card = page.locator("#rv-intake")
    expect(review_card).to_contain_text("kind, 14 jaar (minderjarig)")
    expect(review_card.locator(".intake-quote")).not_to_have_count(0)
    expect(review_card).not_to_contain_text("Kees")

    page.get_by_label("Intake corrigeren: veld").select_option("perpetrator.present")
    page.get_by_label("Juiste waarde").first.select_option("false")
    page.get_by_role("button", name="Correctie opslaan").click()
    expect(review_card).to_contain_text("gecorrigeerd door rita: nee")
