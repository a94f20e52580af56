"""Conversation locks through PostgreSQL while Redis is away, across processes.

With Redis down each process used to order only its own turns: a worker's message
stored by one process could interleave with a chatter's turn on another, and
Rasa's save (it appends the events beyond the count it finds stored) then drops
one of them. The advisory lock makes the processes take turns again.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from bot.db_locks import DatabaseLocks, advisory_key
from bot.locks import FallbackLockStore, redis_lock_store
from bot.store import HandoffStore, SessionStore, open_database
from bot.store.transcripts import Transcripts
from tests.support.postgres import temporary_database
from tests.support.server import Chat, start_server
from tests.support.staff import add_staff, staff

ACUTE = "help mijn vriend slaat me nu, hij is door het dolle heen"
ROUNDS = 25


async def turn(store, cid: str, log: list[str], name: str) -> None:
    """A conversation turn that takes a while, recording when it runs."""
    async with store.lock(cid, wait_time_in_seconds=0.05):
        log.append(f"{name} in")
        await asyncio.sleep(0.3)
        log.append(f"{name} out")


@pytest.fixture()
def pg_url():
    with temporary_database("vtchat_locks") as url:
        yield url


async def test_two_processes_stores_take_turns_with_redis_dead(pg_url, private_redis):
    """Two lock stores (two processes), Redis killed: still one turn at a time."""
    a_db, b_db = DatabaseLocks(pg_url), DatabaseLocks(pg_url)
    a = FallbackLockStore(redis_lock_store(private_redis.url), database=a_db)
    b = FallbackLockStore(redis_lock_store(private_redis.url), database=b_db)
    try:
        private_redis.kill()
        log: list[str] = []
        first = asyncio.create_task(turn(a, "gesprek", log, "a"))
        while not log:  # A has the turn (its lock is a database round trip)
            await asyncio.sleep(0.01)
        await asyncio.gather(first, turn(b, "gesprek", log, "b"))
        assert log == ["a in", "a out", "b in", "b out"]
        assert a.degraded and b.degraded
        # Another conversation is not held up by it.
        log.clear()
        await asyncio.gather(
            turn(a, "gesprek-2", log, "a"), turn(b, "gesprek-3", log, "b")
        )
        assert set(log[:2]) == {"a in", "b in"}  # both in before either is out
        # Nothing stays locked in the database afterwards.
        assert _held(pg_url) == 0
    finally:
        a_db.dispose()
        b_db.dispose()


async def test_an_error_in_the_turn_releases_the_database_lock(pg_url):
    locks = DatabaseLocks(pg_url)
    try:
        with pytest.raises(ValueError):
            async with locks.hold("gesprek", timeout=5):
                assert _held(pg_url) == 1
                raise ValueError("de beurt zelf ging mis")
        assert _held(pg_url) == 0
        async with locks.hold("gesprek", timeout=5):
            pass
    finally:
        locks.dispose()


def test_every_process_computes_the_same_key():
    assert advisory_key("abc") == advisory_key("abc")
    assert advisory_key("abc") != advisory_key("abd")
    assert -(2**63) <= advisory_key("abc") < 2**63


def _held(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    sa.text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        " AND granted AND database = (SELECT oid FROM pg_database"
                        " WHERE datname = current_database())"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


# -- two real server processes ----------------------------------------------------


@pytest.mark.slow
async def test_worker_and_chatter_on_two_processes_lose_nothing_without_redis(
    model_dir, tmp_path, private_redis, pg_url
):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    add_staff(pg_url)
    env = {"VT_DATABASE_URL": pg_url, "VT_REDIS_URL": private_redis.url}
    a = start_server(model_dir, tmp_path / "a", VT_HANDOFF_TIMEOUT="600", **env)
    b = start_server(model_dir, tmp_path / "b", VT_HANDOFF_TIMEOUT="600", **env)
    db = open_database(pg_url)
    try:
        a.wait_healthy(timeout=400)
        b.wait_healthy(timeout=400)
        cid, chatter, worker = await _write_at_once(a, b, private_redis, db)
        stored = Transcripts(db).events_of([cid])[cid]
        said = [e["text"] for e in stored if e["event"] == "user"]
        written = [
            e["text"]
            for e in stored
            if e["event"] == "bot" and (e.get("metadata") or {}).get("from") == "worker"
        ]
        assert [t for t in chatter if t not in said] == []
        assert [t for t in worker if t not in written] == []
    finally:
        db.dispose()
        with ThreadPoolExecutor(2) as pool:
            codes = list(pool.map(lambda s: s.stop(), (a, b)))
        assert codes == [0, 0], a.log_text()[-3000:] + b.log_text()[-3000:]


async def _write_at_once(a, b, private_redis, db) -> tuple[str, list[str], list[str]]:
    """The chatter (on A) and the worker (on B) write at the same time."""
    anna = staff(b, "anna")
    async with Chat(a.ws_url) as chat:
        token = await chat.hello()
        assert (await chat.say(ACUTE))[0]["acute"] is True
        cid = SessionStore(db).resolve(token)
        assert cid is not None
        request = HandoffStore(db).active(cid)
        assert request is not None
        assert anna.post(f"/api/queue/{request.id}/claim")[0] == 200

        private_redis.kill()
        chatter = [f"bericht {n} van de chatter" for n in range(ROUNDS)]
        worker = [f"antwoord {n} van de medewerker" for n in range(ROUNDS)]

        async def chatter_writes() -> None:
            for text in chatter:
                frames = await chat.say(text)
                assert all(f["type"] != "error" for f in frames), frames

        def worker_writes() -> None:
            for text in worker:
                status, body = anna.post(
                    f"/api/conversations/{cid}/messages", {"text": text}
                )
                assert status == 200, body

        await asyncio.gather(chatter_writes(), asyncio.to_thread(worker_writes))
    return cid, chatter, worker
