"""Retention and "delete this conversation" leave nothing of the conversation behind.

After either, no table of the database (every table of our schema and Rasa's
``events``) holds the conversation id or any text from it, except the advice
records, whose columns hold no free text. Checked on SQLite and PostgreSQL, and
on a real server where a turn of another process is in flight during the delete.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.agent import tracker_store
from bot.locks import redis_lock_store
from bot.review.service import Viewer, review_service
from bot.settings import Settings
from bot.store import HandoffStore, SessionStore, open_database
from bot.store.db import advice_records, chat_sessions, handoff_requests, metadata
from bot.store.review import AdviceRecord, AdviceRecords, Annotations, AuditLog
from tests.support.postgres import temporary_database
from tests.support.server import Chat, conversation_of, start_server

DAY = 24 * 3600
# What the chatter, the worker and the reviewer wrote, about one person.
CHATTER = "Mijn stiefvader Harm {name} uit {place} slaat mijn moeder"
WORKER = "Harm {name} mag niet meer thuiskomen, bel de wijkagent in {place}"
NOTE = "Chatter noemde stiefvader {name}, {place}"
# Two people: the words of one may not survive anywhere, the other's stay.
BLOKZIJL = ("Blokzijl", "Hoogeveen")
SCHEEPSTRA = ("Scheepstra", "Winschoten")
# The advice records' columns: codes, names, times. A free-text column added
# here would outlive the transcript, so this list is checked, not just read.
ADVICE_COLUMNS = {
    "id",
    "conversation_id",
    "advice_id",
    "advice_version",
    "topic",
    "audience",
    "danger_level",
    "given_by",
    "worker",
    "channel",
    "given_at",
    "speaker",  # a code of the intake (kind, pleger, ...)
    "structural_unsafety",  # a boolean of the intake
}
BEA = Viewer("bea", "beheerder")


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request, tmp_path) -> Iterator[tuple[Any, Any, Any]]:
    """A database of its own with Rasa's store and the review service on it."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / 'vtchat.db'}"
        else:
            url = stack.enter_context(temporary_database("vtchat_erase"))
        db = open_database(url)
        stack.callback(db.dispose)
        store = tracker_store(Settings(database_url=url))
        stack.callback(store.engine.dispose)
        yield db, store, review_service(db, lambda code: code, lambda text: text)


def holdings(
    db, conversation_id: str, words: tuple[str, ...] = BLOKZIJL
) -> dict[str, list[str]]:
    """Per table, every row (as text) that names the conversation or its words."""
    found: dict[str, list[str]] = {}
    names = [t.name for t in metadata.sorted_tables]
    if sa.inspect(db.engine).has_table("events"):
        names.append("events")
    with db.engine.connect() as conn:
        for name in names:
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            for row in conn.execute(sa.select(table)).mappings():
                text = json.dumps({k: str(v) for k, v in row.items()})
                if conversation_id in text or any(w in text for w in words):
                    found.setdefault(name, []).append(text)
    return found


def _backdate(db, conversation_id: str, days: float) -> None:
    """Move the session and the handoff request into the past."""
    then = datetime.now(timezone.utc) - timedelta(days=days)
    with db.engine.begin() as conn:
        conn.execute(
            chat_sessions.update()
            .where(chat_sessions.c.conversation_id == conversation_id)
            .values(created_at=then, last_seen=then)
        )
        conn.execute(
            handoff_requests.update()
            .where(handoff_requests.c.conversation_id == conversation_id)
            .values(created_at=then, updated_at=then, claimed_at=then)
        )


async def _a_helped_conversation(
    db, store, review, age_days: float, words: tuple[str, ...] = BLOKZIJL
) -> str:
    """A conversation with something in every table that can hold one."""
    said = {"name": words[0], "place": words[1]}
    _, cid = SessionStore(db).create()
    moment = time.time() - age_days * DAY
    tracker = DialogueStateTracker.from_events(
        cid,
        [
            UserUttered(CHATTER.format(**said), timestamp=moment),
            BotUttered("Dat is ernstig. Ben je nu veilig?", timestamp=moment),
            BotUttered(
                WORKER.format(**said),
                metadata={"from": "worker", "worker": "anna"},
                timestamp=moment + 60,
            ),
        ],
    )
    await store.save(tracker)
    handoffs = HandoffStore(db)
    request = handoffs.request(cid, "acuut", ["fysiek_geweld"], "gevaar", "ander")
    handoffs.claim(request.id, "anna")  # taken over, never ended by the worker
    AdviceRecords(db).add(
        AdviceRecord(
            conversation_id=cid,
            topic="huiselijk_geweld",
            danger_level="acuut",
            given_by="worker",
            channel="website",
            given_at=datetime.now(timezone.utc) - timedelta(days=age_days),
            worker="anna",
        )
    )
    notes = Annotations(db)
    notes.add(
        cid,
        "gemist_gevaar",
        "rita",
        0,
        "hoog",
        note=NOTE.format(**said),
        text_copy=CHATTER.format(**said),
    )
    notes.mark_reviewed(cid, "rita")
    review.transcript(cid, BEA, original=True)  # the audit log names it
    _backdate(db, cid, age_days)
    before = holdings(db, cid, words)
    # The set-up reached every table that can hold a conversation.
    assert {
        "events",
        "vt_chat_sessions",
        "vt_handoff_requests",
        "vt_annotations",
        "vt_reviews",
        "vt_audit_log",
        "vt_advice_records",
    } <= set(before), sorted(before)
    return cid


def _only_the_advice_record_is_left(db, cid: str) -> None:
    left = holdings(db, cid)
    assert set(left) == {"vt_advice_records"}, left
    (record,) = AdviceRecords(db).query(conversation_ids=[cid])
    assert (record.topic, record.danger_level, record.worker) == (
        "huiselijk_geweld",
        "acuut",
        "anna",
    )
    assert {c.name for c in advice_records.columns} == ADVICE_COLUMNS
    # Who viewed it stays in the audit log, without the id.
    entries, _ = AuditLog(db).entries(username="bea")
    gone = [e for e in entries if e.target.startswith("verwijderd gesprek ")]
    assert [e.action for e in gone] == ["view_original"]


async def test_retention_leaves_only_the_advice_record(world):
    db, store, review = world
    cid = await _a_helped_conversation(db, store, review, age_days=40)
    # A second conversation, as old, whose chatter still writes to the worker.
    waiting = await _a_helped_conversation(db, store, review, 40, SCHEEPSTRA)
    tracker = await store.retrieve(waiting)
    tracker.update(UserUttered("ben je er nog", timestamp=time.time() - 3600))
    await store.save(tracker)

    report = review.retention(30, request_expiry_hours=24)

    assert report["conversations"] == 1 and report["expired_requests"] == 1
    _only_the_advice_record_is_left(db, cid)
    assert HandoffStore(db).active(waiting) is not None
    assert "events" in holdings(db, waiting, SCHEEPSTRA)
    assert review.retention(30)["conversations"] == 0


async def test_an_abandoned_request_expires_and_its_conversation_goes(world):
    """A chatter who left a queued chat: the request is closed, then deleted."""
    db, store, review = world
    cid = await _a_helped_conversation(db, store, review, age_days=40)
    report = review.retention(30, request_expiry_hours=24)
    assert report == {"conversations": 1, "events": 3, "expired_requests": 1}
    assert HandoffStore(db).history(cid) == []


async def test_request_expiry_waits_for_the_chatter_not_the_worker(world):
    db, store, review = world
    cid = await _a_helped_conversation(db, store, review, age_days=2)
    assert review.retention(30, request_expiry_hours=72)["expired_requests"] == 0
    assert HandoffStore(db).active(cid) is not None
    assert review.retention(30, request_expiry_hours=24)["expired_requests"] == 1
    (closed,) = HandoffStore(db).history(cid)
    assert closed.status == "closed"
    # Closed, the conversation is still young: retention keeps it for now.
    assert "events" in holdings(db, cid)


async def test_a_chatters_delete_leaves_only_the_advice_record(world):
    db, store, review = world
    cid = await _a_helped_conversation(db, store, review, age_days=0)
    assert review.delete_conversation(cid) == 3
    _only_the_advice_record_is_left(db, cid)


@pytest.mark.slow
async def test_a_delete_waits_for_a_turn_in_flight(model_dir, tmp_path, private_redis):
    """Another process's turn holds the lock; the chatter deletes meanwhile.

    Rasa's save appends the events it counts as new; after a delete that count
    is 0, so a turn that read the conversation before the delete would write it
    back whole when it saves after it. The delete takes the same lock.
    """
    server = start_server(model_dir, tmp_path, VT_REDIS_URL=private_redis.url)
    locks = redis_lock_store(private_redis.url)
    store = tracker_store(Settings(database_url=server.database_url))
    try:
        server.wait_healthy()
        async with Chat(server.ws_url) as chat:
            token = await chat.hello()
            assert await chat.say("hoi")
            assert await chat.say(CHATTER.format(name="Blokzijl", place="Hoogeveen"))
        cid = conversation_of(server, token)
        async with Chat(server.ws_url) as chat:
            await chat.hello(token)
            async with locks.lock(cid):  # the other process's turn begins
                tracker = await store.retrieve(cid)
                await chat.socket.send(json.dumps({"type": "end", "delete": True}))
                await asyncio.sleep(1.5)  # the delete arrives during the turn
                tracker.update(UserUttered("nog een ding", timestamp=time.time()))
                await store.save(tracker)  # the turn ends
            assert await chat.recv(timeout=30) == {"type": "ended", "deleted": True}
        db = open_database(server.database_url)
        try:
            # The bot's advice record may stay; nothing else.
            assert set(holdings(db, cid)) <= {"vt_advice_records"}
        finally:
            db.dispose()
    finally:
        store.engine.dispose()
        assert server.stop() == 0, server.log_text()[-2000:]
