"""Sessions and handoff requests on real SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from bot.store import (
    HandoffConflict,
    HandoffStore,
    NotYours,
    SessionStore,
    StoreUnavailable,
    open_database,
)


def test_session_tokens_resolve_and_are_stored_hashed(db):
    sessions = SessionStore(db)
    token, conversation = sessions.create()
    assert sessions.resolve(token) == conversation
    assert sessions.resolve("unknown") is None
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT token_hash FROM vt_chat_sessions"
        ).scalars()
        assert token not in list(stored)
    sessions.forget(token)
    assert sessions.resolve(token) is None


def test_tokens_and_ids_are_unguessable(db):
    sessions = SessionStore(db)
    pairs = [sessions.create() for _ in range(20)]
    assert len({t for t, _ in pairs}) == 20 and len({c for _, c in pairs}) == 20
    assert all(len(t) >= 40 for t, _ in pairs)


def test_handoff_request_is_raised_not_duplicated(db):
    store = HandoffStore(db)
    first = store.request("c1", "hoog", ["verwurging"], "gevaar")
    again = store.request("c1", "acuut", ["acuut_nu"], "gevaar")
    assert again.id == first.id
    assert again.level == "acuut"
    assert set(again.indicators) == {"verwurging", "acuut_nu"}
    lower = store.request("c1", "verhoogd", ["psychisch_geweld"], "gevraagd")
    assert lower.level == "acuut"


def test_queue_order_is_acute_first_then_waiting_time(db):
    store = HandoffStore(db)
    store.request("calm", "geen", [], "gevraagd")
    store.request("high", "hoog", ["wapen"], "gevaar")
    store.request("acute", "acuut", ["acuut_nu"], "gevaar")
    store.request("high2", "hoog", ["verwurging"], "gevaar")
    order = [r.conversation_id for r in store.open_requests()]
    assert order == ["acute", "high", "high2", "calm"]


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreUnavailable, match="not reachable"):
        open_database("postgresql://postgres@127.0.0.1:1/nothing", connect_timeout=2)


def test_garbage_url_is_a_clear_error():
    with pytest.raises(StoreUnavailable, match="not a database URL"):
        open_database("this is not a url")


def test_claim_is_won_once_even_with_threads(db):
    from concurrent.futures import ThreadPoolExecutor

    store = HandoffStore(db)
    request = store.request("c1", "acuut", ["acuut_nu"], "gevaar")

    def claim(worker: str) -> str:
        try:
            store.claim(request.id, worker)
            return "won"
        except HandoffConflict:
            return "lost"

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(claim, [f"w{i}" for i in range(8)]))
    assert results.count("won") == 1
    claimed = store.get(request.id)
    assert claimed.status == "claimed" and claimed.claimed_by in {
        f"w{i}" for i in range(8)
    }
    assert store.open_requests() == []
    assert store.claimed_by(claimed.claimed_by) == [claimed]
    with pytest.raises(KeyError):
        store.claim("no-such-request", "w1")


def test_release_by_the_claimer_only_and_then_a_new_request_can_open(db):
    store = HandoffStore(db)
    request = store.request("c1", "hoog", ["wapen"], "gevaar")
    with pytest.raises(HandoffConflict):
        store.release("c1", "anna", resume_bot=True)  # nobody claimed it yet
    store.claim(request.id, "anna")
    with pytest.raises(NotYours):
        store.release("c1", "bert", resume_bot=True)
    done = store.release("c1", "anna", resume_bot=False)
    assert done.status == "closed" and done.released_at is not None
    assert store.active("c1") is None
    again = store.request("c1", "acuut", ["acuut_nu"], "gevaar")
    assert again.id != request.id
    assert [r.status for r in store.history("c1")] == ["closed", "open"]


def test_timeouts_are_told_once_and_the_request_stays_open(db):
    store = HandoffStore(db)
    request = store.request("c1", "geen", [], "gevraagd")
    assert store.due_for_timeout(3600) == []
    assert [r.id for r in store.due_for_timeout(0)] == [request.id]
    assert store.mark_timeout_notified(request.id) is True
    assert store.mark_timeout_notified(request.id) is False  # a second process
    assert store.due_for_timeout(0) == []
    assert store.open_requests()[0].id == request.id


def test_queue_version_changes_with_every_queue_change(db):
    store = HandoffStore(db)
    empty = store.queue_version()
    request = store.request("c1", "hoog", ["wapen"], "gevaar")
    opened = store.queue_version()
    store.claim(request.id, "anna")
    claimed = store.queue_version()
    store.release("c1", "anna", resume_bot=True)
    assert len({empty, opened, claimed, store.queue_version()}) == 4


def test_closing_forgets_every_session_of_the_conversation(db):
    sessions = SessionStore(db)
    token, conversation = sessions.create()
    sessions.forget_conversation(conversation)
    assert sessions.resolve(token) is None


def test_older_database_gets_the_new_columns(tmp_path):
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE vt_handoff_requests (id VARCHAR(32) PRIMARY KEY, "
            "conversation_id VARCHAR(64) NOT NULL, level VARCHAR(16) NOT NULL, "
            "priority INTEGER NOT NULL, indicators JSON NOT NULL, "
            "reason VARCHAR(32) NOT NULL, audience VARCHAR(32), "
            "status VARCHAR(16) NOT NULL, created_at DATETIME NOT NULL, "
            "updated_at DATETIME NOT NULL)"
        )
    engine.dispose()
    db = open_database(url)
    store = HandoffStore(db)
    request = store.request("c1", "hoog", ["wapen"], "gevaar")
    assert store.claim(request.id, "anna").claimed_by == "anna"
    db.dispose()
