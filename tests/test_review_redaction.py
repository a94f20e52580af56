"""Redaction in the review view touches only what people wrote (issue 15, item 15).

A whole acute conversation on the real server (opening, the 112 reply, a worker
taking over and giving it back) read by a reviewer: every line of the assistant
is its domain text verbatim and every system notice its fixed text, while the
names the chatter and the worker wrote are redacted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rasa.shared.core.domain import Domain

from bot.advice import load_library
from bot.handoff import texts
from bot.settings import Settings
from bot.worker_hours import closed_notice
from tests.conftest import ROOT
from tests.support.server import Chat, conversation_of
from tests.support.staff import staff

pytestmark = pytest.mark.slow

ACUTE = (
    "Ik ben Sanne de Vries en mijn man slaat me nu, hij staat met een mes in de keuken"
)
WORKER = "Hoi, ik ben Anna van Veilig Thuis. Ben je nu veilig?"


def _assistant_texts() -> set[str]:
    """Everything the assistant can say: the domain's responses and the advice."""
    domain = Domain.load(str(ROOT / "data" / "domain"))
    said = {
        variation["text"]
        for variations in domain.responses.values()
        for variation in variations
        if variation.get("text")
    }
    library = load_library(ROOT / "data" / "advice")
    # Composed in the actions: the honest notice when no worker can join.
    hours = Settings.from_env({}).worker_hours_parsed
    notices = {closed_notice(hours, acute) for acute in (True, False)}
    return said | {advice.text for advice in library.entries} | notices


def _notice_texts() -> set[str]:
    return {
        texts.WORKER_JOINED,
        texts.WORKER_LEFT_BOT_RESUMES,
        texts.CONVERSATION_CLOSED,
        texts.NO_WORKER_YET,
    }


async def _pushed(chat: Chat, check: Callable[[dict], bool]) -> None:
    """Wait for a pushed frame (a notice that came earlier is no failure)."""
    while not check(await chat.next_pushed()):
        pass


async def _acute_conversation_with_a_worker(server) -> str:
    anna = staff(server, "anna")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hallo")
        await chat.say('/inform_audience{"audience": "zelf"}', "button")
        frames = await chat.say(ACUTE)
        assert frames[0]["acute"] is True
        cid = conversation_of(server, token)
        _, queue = anna.get("/api/queue")
        request_id = next(
            i["id"] for i in queue["items"] if i["conversation_id"] == cid
        )
        assert anna.post(f"/api/queue/{request_id}/claim")[0] == 200
        await _pushed(chat, lambda f: f.get("state") == "joined")
        assert (
            anna.post(f"/api/conversations/{cid}/messages", {"text": WORKER})[0] == 200
        )
        await _pushed(chat, lambda f: f.get("from") == "worker")
        assert await chat.say("ja, ik zit in de badkamer met de deur op slot") == []
        released = anna.post(f"/api/conversations/{cid}/release", {"resume_bot": True})
        assert released[0] == 200
        await _pushed(chat, lambda f: f.get("state") == "released")
        assert await chat.say("dank je wel")
    return cid


async def test_reviewer_reads_the_assistant_verbatim_and_people_redacted(chat_server):
    cid = await _acute_conversation_with_a_worker(chat_server)
    status, seen = staff(chat_server, "rita").get(f"/api/conversations/{cid}")
    assert status == 200 and seen["redacted"] is True
    by = {
        who: [e["text"] for e in seen["events"] if e["from"] == who]
        for who in ("bot", "system", "user", "worker")
    }

    assistant = _assistant_texts()
    assert by["bot"], seen["events"]
    for line in by["bot"]:
        assert line in assistant, line
    acute_reply = Domain.load(str(ROOT / "data" / "domain")).responses[
        "utter_danger_acute"
    ][0]["text"]
    assert acute_reply in by["bot"]  # "Kun je niet bellen?" stays as it is
    # ("Nobody is free" too, should the claim come after the test timeout.)
    assert {texts.WORKER_JOINED, texts.WORKER_LEFT_BOT_RESUMES} <= set(by["system"])
    assert set(by["system"]) <= _notice_texts()

    # What people wrote is redacted: the chatter's name and the worker's.
    everything = " ".join(e["text"] for e in seen["events"])
    assert "Sanne" not in everything and "Vries" not in everything
    (acute,) = [line for line in by["user"] if "mijn man slaat me nu" in line]
    assert acute.startswith("Ik ben [NAAM] en mijn man")
    assert by["worker"] == [WORKER.replace("Anna", "[NAAM]")]
