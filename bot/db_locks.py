"""Conversation locks in PostgreSQL, shared by all processes while Redis is away.

A session-level advisory lock (``pg_try_advisory_lock``) on a 64-bit hash of the
conversation id, held on a connection of its own for the whole turn. Every
process on the database sees it, so a worker's message stored by one process
waits for a chatter's turn on another, as it does with Redis. The lock ends with
its connection: a process that dies mid-turn cannot leave it held.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
from rasa.core.lock_store import LockError

from bot.store.db import create_engine

T = TypeVar("T")

POLL_SECONDS = 0.05  # between two tries while another process has the turn
# One connection per turn in flight; beyond the pool, turns wait for one.
POOL_SIZE = 10
POOL_OVERFLOW = 30
# Threads for the lock's database calls only: a slow database must not take
# the default executor's few threads from everything else.
THREADS = 4


def advisory_key(conversation_id: str) -> int:
    """The signed 64-bit key of a conversation (every process computes the same).

    Prefixed, so the keys cannot meet another application's advisory locks by
    accident on a shared database.
    """
    digest = hashlib.sha256(b"vtchat:" + conversation_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class DatabaseLocks:
    """Advisory locks on a PostgreSQL database, taken without blocking the loop."""

    def __init__(self, url: str, poll_seconds: float = POLL_SECONDS) -> None:
        self.engine = create_engine(
            url,
            pool_size=POOL_SIZE,
            max_overflow=POOL_OVERFLOW,
            pool_pre_ping=True,
            isolation_level="AUTOCOMMIT",  # no transaction idles during a turn
        )
        self.poll_seconds = poll_seconds
        self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="vt-db-lock")

    @asynccontextmanager
    async def hold(
        self, conversation_id: str, timeout: float
    ) -> AsyncGenerator[None, None]:
        """Hold the conversation's lock; LockError after ``timeout`` seconds."""
        key = advisory_key(conversation_id)
        conn = await self._run(self.engine.connect)
        try:
            await self._acquire(conn, key, conversation_id, timeout)
            try:
                yield
            finally:
                await self._run(_unlock, conn, key)
        finally:
            await self._run(conn.close)

    async def _acquire(
        self, conn: Any, key: int, conversation_id: str, timeout: float
    ) -> None:
        deadline = time.monotonic() + timeout
        while not await self._run(_try_lock, conn, key):
            if time.monotonic() >= deadline:
                # Rasa's own error for a lock it could not get.
                raise LockError(
                    f"Could not acquire lock for conversation_id '{conversation_id}'."
                )
            await asyncio.sleep(self.poll_seconds)

    async def _run(self, call: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, call, *args)

    def dispose(self) -> None:
        """Close the pooled connections and the threads (at shutdown, in tests)."""
        self._threads.shutdown(wait=False)
        self.engine.dispose()


def _try_lock(conn: Any, key: int) -> bool:
    return bool(
        conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
    )


def _unlock(conn: Any, key: int) -> None:
    """Release the lock; if that fails, drop the connection (which releases it).

    A pooled connection that still held the lock would keep the conversation
    locked for every later turn.
    """
    try:
        conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": key})
    except Exception:
        conn.invalidate()
        raise
