"""The reviewer's week in the console, in real Chromium.

A reviewer logs in, finds the escalated conversations of the last week, reads one
redacted with the evidence highlighted and any HTML shown as text, tags a missed
danger on a message, and sees the advice report; a beheerder sees the audit log.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect

from tests.support.browser import ChatPage, log_in
from tests.support.server import conversation_of

pytestmark = pytest.mark.slow

THREAT = "<img src=x onerror=window.__pwned=1> mijn ex zegt dat hij me gaat vermoorden"
PHONE = "bel me op 06-12345678 als het kan"


def test_reviewer_finds_reads_tags_and_reports(new_context, chat_server):
    chatter, _ = new_context()
    chat = ChatPage(chatter.new_page(), chat_server.base).open()
    chat.say(THREAT)
    chat.say(PHONE)
    cid = conversation_of(chat_server, chat.session_storage()["vt-chat-session"])

    context, _ = new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(chat_server.base + "/console/")
    # Before the login nothing but the form shows (no tabs, no empty views).
    expect(page.get_by_label("Gebruikersnaam")).to_be_visible()
    for view in ("#tabs", "#work-view", "#review-view", "#audit-view"):
        expect(page.locator(view)).to_be_hidden()
    log_in(page, chat_server.base, "rita")
    expect(page.get_by_role("button", name="Gesprekken terugzien")).to_be_visible()
    expect(page.get_by_role("button", name="Wachtrij")).to_be_hidden()

    week_ago = (datetime.now(timezone.utc) - timedelta(days=7)).date().isoformat()
    page.get_by_label("Van").first.fill(week_ago)
    page.get_by_label("Doorgezet naar medewerker").select_option("true")
    page.get_by_role("button", name="Zoeken").click()
    item = page.locator(f"#review-list li[data-conversation='{cid}']")
    expect(item).to_be_visible()
    item.click()

    transcript = page.locator("#rv-transcript")
    expect(transcript.locator("li")).not_to_have_count(0)
    expect(page.locator("#rv-meta")).to_contain_text("afgeschermd")
    expect(transcript).to_contain_text("[TELEFOON]")
    expect(transcript).not_to_contain_text("12345678")
    expect(transcript.locator("mark")).not_to_have_count(0)  # the evidence
    expect(transcript).to_contain_text("<img src=x onerror=")
    assert transcript.locator("img, script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    expect(page.get_by_role("button", name="Origineel tonen")).to_be_hidden()

    page.get_by_label("Label").select_option("gemist_gevaar")
    option = page.locator("#rv-message option", has_text="bel me op")
    page.locator("#rv-message").select_option(option.get_attribute("value"))
    page.get_by_label("Juiste niveau").select_option("hoog")
    page.get_by_role("button", name="Label opslaan").click()
    expect(page.locator("#rv-notes")).to_contain_text("gemist gevaar")
    page.get_by_role("button", name="Markeer als beoordeeld").click()
    expect(page.locator("#rv-meta")).to_contain_text("beoordeeld door rita")

    page.get_by_role("button", name="Adviesrapport").click()
    expect(page.locator("#report-total")).to_contain_text("adviezen in deze periode")
    expect(page.locator("#report-chart table")).to_be_visible()

    admin_context, _ = new_context(bypass_csp=True)  # a cookie of its own
    admin = admin_context.new_page()
    log_in(admin, chat_server.base, "bea")
    admin.get_by_role("button", name="Auditlog").click()
    expect(admin.locator("#audit-rows")).to_contain_text(cid)
