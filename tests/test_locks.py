"""Conversation locks when Redis goes away and comes back, on a private redis-server.

The store under test against a real Redis that the tests start and kill
themselves (never the machine's shared Redis); then two real `vtchat serve`
processes on PostgreSQL whose Redis is killed while chatters and a worker talk.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from bot.locks import FallbackLockStore, redis_lock_store
from bot.store import SessionStore, open_database
from tests.support.postgres import temporary_database
from tests.support.redis import RedisServer
from tests.support.server import Chat, http_get, start_server
from tests.support.staff import add_staff, item_of, queued, said, staff

UNAVAILABLE = "Redis lock store unavailable"
BACK = "Redis lock store is back"


def store_on(server: RedisServer, retry_seconds: float = 5.0) -> FallbackLockStore:
    return FallbackLockStore(redis_lock_store(server.url), retry_seconds)


def locks_in(server: RedisServer) -> list[bytes]:
    return server.keys("vtchat:lock:*")


def warnings_of(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(text in r.getMessage() for r in caplog.records)


async def turn(store: FallbackLockStore, cid: str, log: list[str], name: str) -> None:
    """A conversation turn that takes a while, recording when it runs."""
    async with store.lock(cid, wait_time_in_seconds=0.05):
        log.append(f"{name} in")
        await asyncio.sleep(0.3)
        log.append(f"{name} out")


async def test_two_stores_on_one_redis_take_turns_on_a_conversation(private_redis):
    a, b = store_on(private_redis), store_on(private_redis)
    log: list[str] = []
    first = asyncio.create_task(turn(a, "gesprek-1", log, "a"))
    await asyncio.sleep(0.1)
    assert locks_in(private_redis) == [b"vtchat:lock:gesprek-1"]
    await asyncio.gather(first, turn(b, "gesprek-1", log, "b"))
    assert log == ["a in", "a out", "b in", "b out"]
    assert locks_in(private_redis) == []
    # Another conversation is not held up.
    log.clear()
    await asyncio.gather(turn(a, "gesprek-2", log, "a"), turn(b, "gesprek-3", log, "b"))
    assert log[:2] == ["a in", "b in"]
    assert not a.degraded and not b.degraded


async def test_redis_killed_then_back(private_redis, caplog):
    caplog.set_level(logging.WARNING, logger="bot.locks")
    store = store_on(private_redis, retry_seconds=3)
    log: list[str] = []
    await turn(store, "gesprek", log, "before")

    private_redis.kill()
    started = time.monotonic()
    for n in range(5):
        async with store.lock("gesprek"):
            log.append(f"outage {n}")
    assert time.monotonic() - started < 1
    assert store.degraded
    assert warnings_of(caplog, UNAVAILABLE) == 1
    # Per process now, but still one turn at a time in this process.
    log.clear()
    await asyncio.gather(
        turn(store, "gesprek", log, "x"), turn(store, "gesprek", log, "y")
    )
    assert log == ["x in", "x out", "y in", "y out"]

    private_redis.start()
    # Not re-checked on every turn: within the retry interval it stays local.
    async with store.lock("gesprek"):
        assert locks_in(private_redis) == []
    assert store.degraded
    await asyncio.sleep(3.1)
    async with store.lock("gesprek"):
        assert locks_in(private_redis) == [b"vtchat:lock:gesprek"]
    assert not store.degraded
    assert warnings_of(caplog, BACK) == 1
    assert warnings_of(caplog, UNAVAILABLE) == 1


async def test_a_hung_redis_costs_one_short_timeout_not_one_per_turn(
    private_redis, caplog
):
    store = store_on(private_redis, retry_seconds=2)
    async with store.lock("gesprek"):
        pass
    private_redis.pause()
    try:
        started = time.monotonic()
        async with store.lock("gesprek"):
            pass
        first = time.monotonic() - started
        started = time.monotonic()
        for _ in range(20):
            async with store.lock("gesprek"):
                pass
        rest = time.monotonic() - started
    finally:
        private_redis.resume()
    assert 0.9 < first < 2.5  # the socket timeout, not Rasa's 10 s
    assert rest < 0.5
    assert store.degraded and warnings_of(caplog, UNAVAILABLE) == 1
    await asyncio.sleep(2.1)
    async with store.lock("gesprek"):
        assert locks_in(private_redis) == [b"vtchat:lock:gesprek"]
    assert warnings_of(caplog, BACK) == 1


@pytest.mark.parametrize(
    "error",
    [ValueError("de beurt zelf ging mis"), redis.exceptions.ConnectionError("bus")],
    ids=["value-error", "redis-error-of-the-turn"],
)
async def test_an_error_in_the_turn_propagates_and_keeps_redis(
    private_redis, caplog, error
):
    store = store_on(private_redis)
    with pytest.raises(type(error)) as raised:
        async with store.lock("gesprek"):
            raise error
    assert raised.value is error
    assert not store.degraded
    assert warnings_of(caplog, UNAVAILABLE) == 0
    assert locks_in(private_redis) == []  # released
    started = time.monotonic()
    async with store.lock("gesprek"):
        assert locks_in(private_redis) == [b"vtchat:lock:gesprek"]
    assert time.monotonic() - started < 0.5


async def test_redis_dying_during_a_turn_does_not_replace_its_outcome(
    private_redis, caplog
):
    store = store_on(private_redis)
    async with store.lock("gesprek"):
        private_redis.kill()
    assert store.degraded  # the release failed, the turn did not
    assert warnings_of(caplog, UNAVAILABLE) == 1

    private_redis.start()
    other = store_on(private_redis)
    error = ValueError("de beurt zelf ging mis")
    with pytest.raises(ValueError) as raised:
        async with other.lock("gesprek"):
            private_redis.kill()
            raise error
    assert raised.value is error  # not Rasa's clean-up error
    assert other.degraded


# -- two real server processes ----------------------------------------------------

ACUTE = "help mijn vriend slaat me nu, hij is door het dolle heen"
ORDINARY = ["hallo", "wat is een huisverbod", "hoe lang duurt een huisverbod"]


async def answered(chat: Chat, text: str) -> list[dict]:
    """Say something; the bot must answer (no error frame)."""
    frames = await chat.say(text)
    assert frames, f"no reply to {text!r}"
    assert all(f["type"] == "message" and f["from"] == "bot" for f in frames), frames
    return frames


def new_log(server, seen: dict[int, int]) -> str:
    """What the server logged since ``seen`` was taken."""
    return server.log_text()[seen[server.port] :]


async def eventually(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        await asyncio.sleep(0.2)


@pytest.mark.slow
async def test_two_processes_keep_chatting_while_redis_is_down(
    model_dir, tmp_path, private_redis
):
    """Redis killed mid-chat: both answer, nothing is lost, live again after."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with temporary_database() as database_url:
        add_staff(database_url)
        env = {"VT_DATABASE_URL": database_url, "VT_REDIS_URL": private_redis.url}
        a = start_server(model_dir, tmp_path / "a", **env)
        b = start_server(model_dir, tmp_path / "b", **env)
        db = open_database(database_url)
        try:
            a.wait_healthy(timeout=300)
            b.wait_healthy(timeout=300)
            await _chat_through_an_outage(a, b, private_redis, SessionStore(db))
        finally:
            db.dispose()
            with ThreadPoolExecutor(2) as pool:
                codes = list(pool.map(lambda s: s.stop(), (a, b)))
            assert codes == [0, 0], a.log_text()[-3000:] + b.log_text()[-3000:]


async def _chat_through_an_outage(a, b, private_redis, sessions) -> None:
    anna = staff(b, "anna")
    async with anna.socket() as feed, Chat(a.ws_url) as on_a, Chat(b.ws_url) as on_b:
        await feed.recv()
        token = await on_a.hello()
        await on_b.hello()
        for text in ORDINARY:
            await answered(on_a, text)
            await answered(on_b, text)
        frames = await on_a.say(ACUTE)
        assert frames[0]["acute"] is True
        cid = sessions.resolve(token)
        frame = await feed.until(queued(cid), timeout=10)
        assert anna.post(f"/api/queue/{item_of(frame, cid)['id']}/claim")[0] == 200
        assert (await on_a.next_pushed())["state"] == "joined"
        anna.post(f"/api/conversations/{cid}/messages", {"text": "Ik ben er."})
        assert (await on_a.next_pushed())["text"] == "Ik ben er."
        assert await on_a.say("dank je") == []
        await feed.until(said(cid, "dank je"), timeout=10)

        # Redis dies while the chats go on.
        private_redis.kill()
        for server in (a, b):
            assert http_get(f"{server.base}/health")[0] == 200
        for text in ORDINARY:
            await answered(on_b, text)
        async with Chat(a.ws_url) as second_on_a:
            second = await second_on_a.hello()
            await answered(second_on_a, "hallo")
            frames = await second_on_a.say(ACUTE)
            assert frames[0]["acute"] is True, frames
        second_cid = sessions.resolve(second)
        await feed.until(queued(second_cid), timeout=10)  # the queue is polled
        # The worker (on B) and the chatter (on A) go on; nothing reaches the
        # other process live, but every message is stored.
        status, _ = anna.post(
            f"/api/conversations/{cid}/messages", {"text": "Ben je er nog?"}
        )
        assert status == 200
        assert await on_a.say("ja, nog steeds hier") == []
        for server in (a, b):
            assert http_get(f"{server.base}/health")[0] == 200
            assert server.log_text().count(UNAVAILABLE) == 1, server.log_text()[-3000:]
            assert "Redis relay unavailable" in server.log_text()

    # The chatter comes back (to A): the worker's message is in the history.
    async with Chat(a.ws_url) as back_on_a:
        await back_on_a.hello(token)
        history = [m.get("text") for m in back_on_a.history or []]
        assert "Ben je er nog?" in history and "ja, nog steeds hier" in history

        seen = {s.port: len(s.log_text()) for s in (a, b)}
        private_redis.start()
        await eventually(
            lambda: all("Redis relay is back" in new_log(s, seen) for s in (a, b)),
            timeout=30,
            what="the relay reconnects in both processes",
        )
        async with anna.socket() as feed:
            await feed.recv()
            anna.post(f"/api/conversations/{cid}/messages", {"text": "Weer live."})
            assert (await back_on_a.next_pushed(timeout=10))["text"] == "Weer live."
            assert await back_on_a.say("fijn, ik zie je weer") == []
            await feed.until(said(cid, "fijn, ik zie je weer"), timeout=10)
        # Each lock store tries Redis again on a turn, at most every few seconds.
        async with Chat(a.ws_url) as third_on_a, Chat(b.ws_url) as third_on_b:
            await third_on_a.hello()
            await third_on_b.hello()
            deadline = time.monotonic() + 20
            while not all(BACK in new_log(s, seen) for s in (a, b)):
                assert time.monotonic() < deadline, "lock stores not back"
                await answered(third_on_a, "hallo")
                await answered(third_on_b, "hallo")
                await asyncio.sleep(1)
    for server in (a, b):
        assert server.log_text().count(UNAVAILABLE) == 1
