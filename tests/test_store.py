"""Sessions and handoff requests on real SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from bot.store import HandoffStore, SessionStore, StoreUnavailable, open_database
from bot.store.db import metadata


@pytest.fixture()
def db(database_url):
    database = open_database(database_url)
    with database.engine.begin() as conn:  # the PostgreSQL database is per session
        for table in metadata.sorted_tables:
            conn.execute(table.delete())
    yield database
    database.dispose()


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
