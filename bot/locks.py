"""Per-conversation locks: shared through Redis, through PostgreSQL while Redis is away.

Rasa takes a conversation's lock around every turn. Its Redis lock store fails the
turn when Redis is unreachable, so with Redis down every chatter would only get an
error; this store keeps chatting, logs the outage once, and shares the locks
through Redis again when it returns. Meanwhile the processes of a PostgreSQL
database share advisory locks (:mod:`bot.db_locks`); on SQLite (one process) the
process's own locks are enough.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import (
    LOCK_LIFETIME,
    InMemoryLockStore,
    LockStore,
    RedisLockStore,
)

from bot.db_locks import DatabaseLocks

logger = logging.getLogger(__name__)

# The asyncio client (the relay bus) raises these same classes.
REDIS_FAILURES = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)

# Rasa's client waits 10 s for an answer and has no connect timeout: it blocks the
# event loop (every chat of the process) for that long when Redis hangs.
REDIS_TIMEOUT_SECONDS = 1.0


def redis_lock_store(url: str, key_prefix: str = "vtchat") -> RedisLockStore:
    """Rasa's Redis lock store on ``url`` (db 1 unless the URL names one).

    Its constructor takes no URL and no connect timeout, so its client is
    replaced by one with short timeouts that reconnects once on a broken
    connection (a Redis restarted while this process was idle).
    """
    store = RedisLockStore(key_prefix=key_prefix)
    store.red = redis.StrictRedis.from_url(
        url,
        db=1,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        retry_on_error=[redis.exceptions.ConnectionError],
    )
    return store


def redis_failure(exc: BaseException) -> BaseException | None:
    """The Redis connection error behind ``exc``, if that is what it is.

    Rasa's ``issue_ticket`` turns every error into its own ``LockError`` and
    keeps the original only as the context.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, REDIS_FAILURES):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


class FallbackLockStore(LockStore):
    """Redis locks while Redis answers, database or own locks while it does not.

    Every turn first takes the in-process lock, then the Redis lock when Redis is
    usable: so two turns of one conversation in this process never interleave,
    not even at the moment Redis goes or comes back. Only a failure to talk to
    Redis switches to the fallback; an error raised by the turn itself (the body
    of ``lock``) propagates unchanged. While Redis is down it is tried again at
    most every ``retry_seconds``, with a PING in a worker thread, so an outage
    does not cost every message a connect timeout.

    The fallback, with ``database`` (PostgreSQL), is an advisory lock every
    process sees: a worker's message stored by one process cannot race a
    chatter's turn on another, which Rasa's count-based save would turn into a
    lost message. Other processes notice Redis is back only on their next retry
    and may meanwhile still hold database locks only, so for a while after Redis
    returns (and after start-up) a turn takes both: until every process has
    retried and every turn begun before has ended (``grace_seconds``).

    Rasa calls nothing but ``lock`` on a lock store. A ticket whose release
    failed halfway stays in Redis until Rasa's lock lifetime (60 s) ends it.
    """

    def __init__(
        self,
        shared: RedisLockStore,
        retry_seconds: float = 5.0,
        database: DatabaseLocks | None = None,
    ) -> None:
        super().__init__()
        self.shared = shared
        self.local = InMemoryLockStore()
        self.retry_seconds = retry_seconds
        self.database = database
        self.grace_seconds = retry_seconds + LOCK_LIFETIME
        self.degraded = False
        self._next_try = 0.0
        self._both_until = time.monotonic() + self.grace_seconds

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Hold the conversation's lock: in Redis if it answers, else in memory."""
        async with self.local.lock(
            conversation_id, lock_lifetime, wait_time_in_seconds
        ) as local_lock:
            held = await self._take_shared(
                conversation_id, lock_lifetime, wait_time_in_seconds
            )
            try:
                async with self._database_lock(
                    conversation_id, lock_lifetime, redis_held=held is not None
                ):
                    yield local_lock if held is None else held[0]
            finally:
                if held is not None:
                    await self._release_shared(held[1])

    def _database_lock(
        self, conversation_id: str, lock_lifetime: float, redis_held: bool
    ) -> AbstractAsyncContextManager[None]:
        """The database lock when Redis is away (or only just back), else nothing."""
        if self.database is None:
            return contextlib.nullcontext()
        if redis_held and time.monotonic() >= self._both_until:
            return contextlib.nullcontext()
        return self.database.hold(conversation_id, lock_lifetime)

    async def _take_shared(
        self, conversation_id: str, lock_lifetime: float, wait_time: float
    ) -> tuple[TicketLock, AbstractAsyncContextManager[TicketLock]] | None:
        """The Redis lock and its context, or None when Redis cannot be used."""
        if not await self._redis_usable():
            return None
        context = self.shared.lock(conversation_id, lock_lifetime, wait_time)
        try:
            shared_lock = await context.__aenter__()
        except Exception as exc:
            failure = redis_failure(exc)
            if failure is None:
                raise
            self._degrade(failure)
            return None
        return shared_lock, context

    async def _release_shared(
        self, context: AbstractAsyncContextManager[TicketLock]
    ) -> None:
        """Release the Redis lock; a Redis failure here must not fail the turn.

        The turn's own exception (if any) is never passed into Rasa's context:
        its clean-up would replace that exception by a Redis error.
        """
        try:
            await context.__aexit__(None, None, None)
        except REDIS_FAILURES as exc:
            self._degrade(exc)

    async def _redis_usable(self) -> bool:
        if not self.degraded:
            return True
        now = time.monotonic()
        if now < self._next_try:
            return False
        # Set before the PING: concurrent turns meanwhile use the local locks.
        self._next_try = now + self.retry_seconds
        try:
            await asyncio.to_thread(self.shared.red.ping)
        except REDIS_FAILURES:
            return False
        self.degraded = False
        self._both_until = time.monotonic() + self.grace_seconds
        logger.warning("Redis lock store is back; conversation locks are shared again")
        return True

    def _degrade(self, exc: BaseException) -> None:
        self._next_try = time.monotonic() + self.retry_seconds
        if not self.degraded:
            self.degraded = True
            logger.warning(
                "Redis lock store unavailable (%s); conversation locks are %s "
                "until it returns",
                exc.__class__.__name__,
                "in the database" if self.database else "per process",
            )
