"""Review queries and retention on real SQLite and PostgreSQL, with Rasa's store.

The list filters read Rasa's events table directly, so they are checked on both
databases. Old transcripts go; a live one (recent events, an open handoff, a
chatter still connected) stays; advice records stay; annotations go with it.
"""

from __future__ import annotations

import contextlib
import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.agent import tracker_store
from bot.review.service import ConversationFilter, Viewer, review_service
from bot.settings import Settings
from bot.store import HandoffStore, SessionStore, open_database
from bot.store.review import AdviceRecord, AdviceRecords, Annotations
from bot.store.transcripts import Transcripts
from tests.support.cli import vtchat
from tests.support.postgres import temporary_database

DAY = 24 * 3600
RITA = Viewer("rita", "reviewer")


async def _store_conversation(
    store, cid: str, age_days: float, danger: dict | None = None, audience: str = ""
) -> None:
    moment = time.time() - age_days * DAY
    parse = {"danger": danger} if danger else {}
    slots = [SlotSet("audience", audience, timestamp=moment)] if audience else []
    tracker = DialogueStateTracker.from_events(
        cid,
        [
            *slots,
            UserUttered(
                "mijn ex Jan belt me steeds", parse_data=parse, timestamp=moment
            ),
            BotUttered(
                "Wat vervelend. Wil je er meer over vertellen?", timestamp=moment
            ),
        ],
    )
    await store.save(tracker)


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request, tmp_path):
    """A review service on an empty database of its own (retention sees all)."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / 'vtchat.db'}"
        else:
            url = stack.enter_context(temporary_database("vtchat_review"))
        db = open_database(url)
        stack.callback(db.dispose)
        store = tracker_store(Settings(database_url=url))
        yield db, store, review_service(db, lambda code: code, lambda text: text)


async def test_list_filters_on_both_databases(world):
    db, store, review = world
    threat = {
        "level": "hoog",
        "indicators": [{"code": "doodsbedreiging", "start": 0, "end": 4}],
    }
    await _store_conversation(store, "dreiging", 1, threat, audience="zelf")
    await _store_conversation(store, "rustig", 2, audience="professional")
    await _store_conversation(store, "vorige-maand", 40)
    HandoffStore(db).request("dreiging", "hoog", ["doodsbedreiging"], "gevaar")
    Annotations(db).mark_reviewed("rustig", "rita")
    week = datetime.now(timezone.utc) - timedelta(days=7)

    def ids(**where) -> list[str]:
        found = review.conversations(ConversationFilter(start=week, **where), RITA)
        return [i["id"] for i in found["items"]]

    assert ids() == ["dreiging", "rustig"]  # newest first, last month left out
    assert ids(level="hoog") == ["dreiging"] and ids(level="geen") == ["rustig"]
    assert ids(indicator="doodsbedreiging") == ["dreiging"]
    assert ids(escalated=True) == ["dreiging"] and ids(escalated=False) == ["rustig"]
    assert ids(audience="professional") == ["rustig"]
    assert ids(reviewed=True) == ["rustig"] and ids(reviewed=False) == ["dreiging"]
    assert ids(q="JAN BELT") == ["dreiging", "rustig"] and ids(q="mes") == []
    page = review.conversations(ConversationFilter(), RITA, page=2, per_page=2)
    assert page["total"] == 3 and [i["id"] for i in page["items"]] == ["vorige-maand"]


async def test_retention_deletes_old_transcripts_but_never_a_live_one(world):
    db, store, review = world
    for cid, age in (("oud", 40), ("oud-wacht", 40), ("nieuw", 2)):
        await _store_conversation(store, cid, age)
    HandoffStore(db).request("oud-wacht", "hoog", ["fysiek_geweld"], "gevaar")
    sessions = SessionStore(db)
    token, connected = sessions.create()  # a chatter connected right now...
    await _store_conversation(store, connected, 40)  # ...on an old conversation
    AdviceRecords(db).add(
        AdviceRecord(
            conversation_id="oud",
            topic="meldcode",
            danger_level="geen",
            given_by="bot",
            channel="website",
            given_at=datetime.now(timezone.utc) - timedelta(days=40),
        )
    )
    Annotations(db).add("oud", "gemist_gevaar", "rita", 0, "hoog", text_copy="tekst")

    report = review.retention(30)

    assert report == {
        "conversations": 1,
        "events": report["events"],
        "expired_requests": 0,
    }
    assert report["events"] >= 2
    left = Transcripts(db).events_of(["oud", "oud-wacht", connected, "nieuw"])
    assert left["oud"] == []
    assert left["oud-wacht"] and left[connected] and left["nieuw"]
    # The advice record stays; the annotation (its note is free text) goes.
    assert [r.conversation_id for r in AdviceRecords(db).query()] == ["oud"]
    assert Annotations(db).for_conversation("oud") == []
    # A second run finds nothing more to delete.
    assert review.retention(30)["conversations"] == 0
    assert sessions.resolve(token) == connected


async def test_retention_command_reports_what_it_deleted(tmp_path):
    url = f"sqlite:///{tmp_path / 'vtchat.db'}"
    store = tracker_store(Settings(database_url=url))
    await _store_conversation(store, "heel-oud", 100)
    await _store_conversation(store, "recent", 1)
    env = {**os.environ, "VT_DATABASE_URL": url, "VT_RETENTION_DAYS": "30"}
    done = vtchat("retention", env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "deleted 1 conversations older than 30 days" in done.stdout
    db = open_database(url)
    left = Transcripts(db).events_of(["heel-oud", "recent"])
    db.dispose()
    assert left["heel-oud"] == [] and left["recent"]
    bad = vtchat("retention", "--days", "0", env=env)
    assert bad.returncode == 2 and "at least 1" in bad.stderr
