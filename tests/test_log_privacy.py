"""Chat text never reaches the logs, not even when the database fails mid-turn.

SQLAlchemy puts a failed statement's parameters into its error message, and for
Rasa's ``events`` table those are the event JSON with what the chatter wrote;
the server logs such errors with their traceback. Every engine hides them.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.store import HandoffStore, open_database
from bot.store.db import audit_log
from tests.support.postgres import temporary_database
from tests.support.server import Chat, conversation_of, start_server
from tests.support.staff import add_staff, staff

SECRET = "Mijn buurman Zwanenburg uit Tietjerk slaat zijn vrouw"
WORKER_SECRET = "Ga naar de Brouwersgracht 12, daar is het veilig"
ACUTE = "help hij slaat me nu, hij heeft een mes"


def test_a_failed_statement_does_not_carry_its_parameters(database_url):
    """Our own engine: a constraint error names the statement, not the values."""
    db = open_database(database_url)
    try:
        with (
            pytest.raises(sa.exc.IntegrityError) as raised,
            db.engine.begin() as conn,
        ):
            conn.execute(audit_log.insert().values(username=SECRET))
    finally:
        db.dispose()
    assert "INSERT INTO vt_audit_log" in str(raised.value)
    assert SECRET not in str(raised.value)
    assert "hidden due to hide_parameters" in str(raised.value)


def test_sqlite_runs_in_wal_mode(sqlite_url):
    """Readers (the review) do not wait for a turn that is writing."""
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.dispose()


def _break_events_table(database_url: str) -> None:
    """Make every new event fail to store, as a constraint a migration added would.

    PostgreSQL quotes the failing row in such an error; SQLAlchemy adds the
    statement's parameters: both hold what was said.
    """
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "ALTER TABLE events ADD CONSTRAINT vt_test_broken "
                    "CHECK (sender_id = '') NOT VALID"
                )
            )
    finally:
        engine.dispose()


@pytest.mark.slow
async def test_database_error_mid_turn_keeps_the_text_out_of_the_log(
    model_dir, tmp_path
):
    """A worker and a chatter write while the database refuses every event."""
    with temporary_database("vtchat_logs") as url:
        add_staff(url)
        server = start_server(
            model_dir, tmp_path, VT_DATABASE_URL=url, VT_HANDOFF_TIMEOUT="600"
        )
        try:
            server.wait_healthy()
            async with Chat(server.ws_url) as chat:
                token = await chat.hello()
                assert await chat.say("hoi")
                assert (await chat.say(ACUTE))[0]["acute"] is True
                anna = staff(server, "anna")
                request = _open_request(url, conversation_of(server, token))
                assert anna.post(f"/api/queue/{request}/claim")[0] == 200
                assert (await chat.next_pushed())["state"] == "joined"

                _break_events_table(url)
                status, _ = anna.post(
                    f"/api/conversations/{conversation_of(server, token)}/messages",
                    {"text": WORKER_SECRET},
                )
                assert status >= 500
                failed = await chat.say(SECRET)
                assert failed[0]["type"] == "error", failed
        finally:
            assert server.stop() == 0, server.log_text()[-2000:]
    log = server.log_text()
    # The failures themselves are logged (the test looked at real errors) ...
    assert "handling a chat message failed" in log
    assert log.count("vt_test_broken") >= 2
    # ... without anything the chatter or the worker wrote, whole or in part.
    for words in (SECRET, WORKER_SECRET):
        assert words not in log
    for name in ("Zwanenburg", "Tietjerk", "Brouwersgracht"):
        assert name not in log


def _open_request(database_url: str, conversation_id: str) -> str:
    db = open_database(database_url)
    try:
        active = HandoffStore(db).active(conversation_id)
    finally:
        db.dispose()
    assert active is not None
    return active.id
