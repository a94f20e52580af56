"""Handoff steps are whole: the timeout notice and the claim (issue 15, item 7).

The "nobody is free" notice is marked only while the request is open and only
once it can be sent; a claim whose pause cannot be stored goes back to the
queue. On real SQLite and PostgreSQL, the app and a real server.
"""

from __future__ import annotations

import time
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.handoff import Conversations, HandoffService, make_bus
from bot.handoff.conversations import AgentNotReady
from bot.handoff.recent import RecentEvents
from bot.handoff.texts import NO_WORKER_YET
from bot.settings import Settings
from bot.store import HandoffStore, SessionStore, open_database
from bot.store.transcripts import Transcripts
from bot.web.app import create_app
from tests.support.server import start_server
from tests.support.staff import PASSWORD, add_staff


def _acute(store: HandoffStore, conversation_id: str = "c-1") -> str:
    return store.request(conversation_id, "acuut", ["fysiek_geweld"], "gevaar").id


def _service(db, store: HandoffStore) -> HandoffService:
    """The handoff service while the model is still loading (no agent yet)."""
    return HandoffService(
        store=store,
        sessions=SessionStore(db),
        conversations=Conversations(lambda: None),
        bus=make_bus(""),
        label=str,
        timeout_s=0,
        max_chars=2000,
        recent=RecentEvents(Transcripts(db)),
    )


def test_a_claim_at_the_last_moment_stops_the_timeout_notice(db):
    store = HandoffStore(db)
    request_id = _acute(store)
    # The watcher found the request due; a worker claims it before it is marked.
    assert [r.id for r in store.due_for_timeout(0)] == [request_id]
    store.claim(request_id, "anna")
    assert store.mark_timeout_notified(request_id) is False


def test_the_timeout_notice_is_marked_once(db):
    store = HandoffStore(db)
    request_id = _acute(store)
    assert store.mark_timeout_notified(request_id) is True
    assert store.mark_timeout_notified(request_id) is False
    store.unmark_timeout(request_id)
    assert [r.id for r in store.due_for_timeout(0)] == [request_id]


def test_an_undone_claim_is_open_for_another_worker(db):
    store = HandoffStore(db)
    request_id = _acute(store)
    store.claim(request_id, "anna")
    assert store.unclaim(request_id, "bert") is False  # not bert's to undo
    assert store.unclaim(request_id, "anna") is True
    back = store.get(request_id)
    assert (back.status, back.claimed_by, back.claimed_at) == ("open", None, None)
    assert store.claim(request_id, "bert").claimed_by == "bert"


async def test_no_notice_is_used_up_while_the_model_loads(db):
    store = HandoffStore(db)
    request_id = _acute(store)
    service = _service(db, store)
    assert await service.tell_waiting_chatters() == 0
    # Still due: the notice goes out once the model is there.
    assert [r.id for r in store.due_for_timeout(0)] == [request_id]


async def test_a_claim_that_cannot_pause_the_bot_is_undone(db):
    store = HandoffStore(db)
    request_id = _acute(store)
    with pytest.raises(AgentNotReady):
        await _service(db, store).claim(request_id, "anna")
    assert store.get(request_id).status == "open"
    assert [r.id for r in store.open_requests()] == [request_id]


@pytest.mark.parametrize("resume_bot", [True, False])
async def test_a_release_that_cannot_resume_the_bot_is_undone(db, resume_bot):
    store = HandoffStore(db)
    request_id = _acute(store)
    store.claim(request_id, "anna")
    with pytest.raises(AgentNotReady):
        await _service(db, store).release("c-1", "anna", resume_bot)
    # The worker still has the chat: nobody would answer the chatter otherwise.
    kept = store.get(request_id)
    assert (kept.status, kept.claimed_by, kept.released_at) == ("claimed", "anna", None)


def _login(app, name: str) -> dict[str, str]:
    """Headers of a logged-in staff member (cookie and CSRF token)."""
    _, response = app.test_client.post(
        "/api/auth/login", json={"username": name, "password": PASSWORD}
    )
    assert response.status == 200, response.text
    cookie = SimpleCookie(response.headers["set-cookie"])["vt_staff"].value
    return {"Cookie": f"vt_staff={cookie}", "X-CSRF-Token": response.json["csrf_token"]}


def test_claim_before_the_model_is_loaded_answers_503_and_stays_open(tmp_path):
    settings = Settings(var_dir=tmp_path)
    db = open_database(settings.effective_database_url)
    try:
        add_staff(settings.effective_database_url)
        request_id = _acute(HandoffStore(db), "c-loading")
        app = create_app(settings, db, agent_loader=None, name="handoff_state_503")
        anna = _login(app, "anna")
        _, claimed = app.test_client.post(
            f"/api/queue/{request_id}/claim", headers=anna
        )
        assert claimed.status == 503 and claimed.json["error"] == "not_ready"
        _, queue = app.test_client.get("/api/queue", headers=_login(app, "bert"))
        assert [i["id"] for i in queue.json["items"]] == [request_id]
        assert queue.json["mine"] == []
    finally:
        db.dispose()


def _notices(database_url: str, conversation_id: str) -> list[dict]:
    db = open_database(database_url)
    try:
        events = Transcripts(db).events_of([conversation_id])[conversation_id]
    finally:
        db.dispose()
    return [
        e
        for e in events
        if e.get("event") == "bot" and (e.get("metadata") or {}).get("from") == "system"
    ]


@pytest.mark.slow
def test_a_notice_due_while_the_model_loads_goes_out_once_it_is_loaded(
    model_dir: Path, tmp_path: Path
):
    # A chatter waited through a restart: the notice is due before the model is.
    url = f"sqlite:///{tmp_path / 'vtchat.db'}"
    db = open_database(url)
    try:
        request_id = _acute(HandoffStore(db), "c-restart")
    finally:
        db.dispose()
    server = start_server(model_dir, tmp_path, VT_HANDOFF_TIMEOUT="1")
    try:
        server.wait_healthy()
        deadline = time.monotonic() + 30
        while not _notices(url, "c-restart") and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        assert server.stop() == 0, server.log_text()[-2000:]
    notices = _notices(url, "c-restart")
    assert [n["text"] for n in notices] == [NO_WORKER_YET]
    assert notices[0]["metadata"]["state"] == "waiting"
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            marked = conn.execute(
                sa.text("SELECT timeout_notified_at FROM vt_handoff_requests")
            ).scalar_one()
    finally:
        db.dispose()
    assert marked is not None, request_id
