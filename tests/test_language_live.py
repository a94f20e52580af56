"""A cry for help in Turkish on the real server: 112 in Turkish, queue with "tr".

The session's real `vtchat serve` (``chat_server``), over a real websocket, with
the worker's queue read through the staff API as the console reads it.
"""

from __future__ import annotations

import pytest

from bot.language.catalogue import load_catalogue
from tests.support.server import Chat, conversation_of
from tests.support.staff import staff

pytestmark = pytest.mark.slow

ACUTE_TR = "kocam şu an beni dövüyor, kapıyı kırdı, yardım edin"


async def test_acute_turkish_gets_112_in_turkish_and_the_queue_says_tr(chat_server):
    turkish = load_catalogue("tr").responses
    async with Chat(chat_server.ws_url) as chat:
        token = await chat.hello()
        frames = await chat.say(ACUTE_TR)
        cid = conversation_of(chat_server, token)
        first = frames[0]
        assert first["acute"] is True
        assert first["text"] == turkish["danger_acute"]
        assert first["language"] == "tr"
        # The escalation notice is Turkish too (which one depends on the hours).
        later = [f["text"] for f in frames[1:] if f.get("type") == "message"]
        assert later and all(t in turkish.values() for t in later)
        # A short reply does not move the conversation back to Dutch.
        answer = await chat.say("tamam")
        assert answer[0]["text"] in turkish.values()

    worker = staff(chat_server, "anna")
    items = worker.get("/api/queue")[1]["items"]
    ours = [i for i in items if i["conversation_id"] == cid]
    assert len(ours) == 1
    item = ours[0]
    assert item["level"] == "acuut"
    assert item["language"] == "tr" and item["language_note"] == "Turks: tolk nodig"
    # At the head: nothing less urgent waits before it.
    before = items[: items.index(item)]
    assert all(i["level"] == "acuut" for i in before)


async def test_a_dutch_ok_keeps_a_dutch_conversation_dutch(chat_server):
    async with Chat(chat_server.ws_url) as chat:
        await chat.hello()
        await chat.say("hallo, ik heb een vraag over mijn buurvrouw")
        frames = await chat.say("ok")
    assert all(
        f.get("language", "nl") == "nl" for f in frames if f.get("type") == "message"
    )
