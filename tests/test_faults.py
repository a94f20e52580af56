"""Faults a 24/7 service meets: the server killed, the database lost mid-run.

``kill -9`` gives the server no chance to flush or say goodbye. Every message
that was acknowledged to a chatter must be in the transcript after the restart,
the handoff queue must be intact, and the chatter continues with their token.
"""

from __future__ import annotations

import socket
import time

import pytest

from tests.support.postgres import PG_ADMIN_URL, temporary_database
from tests.support.server import Chat, conversation_of, start_server
from tests.support.staff import add_staff, staff

pytestmark = pytest.mark.slow

SAID = ["hoi", "ik wil iets vragen over mijn situatie thuis"]
ACUTE = "hij staat nu met een mes in de keuken, help"


def _port_closed(port: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return True
        time.sleep(0.2)
    return False


async def test_kill_9_loses_no_acknowledged_message(model_dir, tmp_path):
    add_staff(f"sqlite:///{tmp_path / 'vtchat.db'}")
    server = start_server(model_dir, tmp_path, VT_HANDOFF_TIMEOUT="600")
    try:
        server.wait_healthy()
        async with Chat(server.ws_url) as chat:
            token = await chat.hello()
            for text in SAID:
                assert await chat.say(text)  # acknowledged: the turn ended with ack
            assert (await chat.say(ACUTE))[0]["acute"] is True
            cid = conversation_of(server, token)

            server.crash()
            # The action server dies with its parent (an orphan would keep the port).
            assert _port_closed(server.action_port)
            server.start_again()

        async with Chat(server.ws_url) as chat:
            assert await chat.hello(token) == token  # the same conversation
            said = [m["text"] for m in chat.history or [] if m["from"] == "user"]
            assert said == [*SAID, ACUTE]
            assert await chat.say("ben je er nog?")  # and it goes on
        queue = staff(server, "anna").get("/api/queue")[1]["items"]
        assert [(i["conversation_id"], i["level"]) for i in queue] == [(cid, "acuut")]
    finally:
        assert server.stop() == 0, server.log_text()[-2000:]
    assert _port_closed(server.action_port)


def _allow_connections(url: str, allowed: bool) -> None:
    """Open or close a PostgreSQL database to every new connection (even ours)."""
    import sqlalchemy as sa

    name = url.rsplit("/", 1)[1]
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            sa.text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')
        )
        if not allowed:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
    admin.dispose()


async def test_database_lost_mid_run_then_back(model_dir, tmp_path):
    with temporary_database("vtchat_fault") as url:
        server = start_server(model_dir, tmp_path, VT_DATABASE_URL=url)
        try:
            server.wait_healthy()
            async with Chat(server.ws_url) as chat:
                token = await chat.hello()
                assert await chat.say("hoi")  # stored and acknowledged

                _allow_connections(url, False)
                lost = await chat.say("ben je er nog?")
                assert lost[0]["type"] == "error", lost
                assert "0800-2000" in lost[0]["text"] and "112" in lost[0]["text"]

                _allow_connections(url, True)
                for _ in range(5):  # pooled connections that died are replaced
                    back = await chat.say("ben je er nog?")
                    if back[0]["type"] == "message":
                        break
                assert back[0]["type"] == "message", back
            async with Chat(server.ws_url) as chat:
                assert await chat.hello(token) == token
                said = [m["text"] for m in chat.history or [] if m["from"] == "user"]
            assert said[0] == "hoi" and said[-1] == "ben je er nog?"
        finally:
            _allow_connections(url, True)
            assert server.stop() == 0, server.log_text()[-2000:]
