"""Message bus for the live relay: in-process, or Redis pub/sub across processes.

A worker on one server process and a chatter on another talk through Redis; with
one process the local bus is enough. Every message is also stored in the tracker
before it is published, so the bus may lose a message (a chatter offline, Redis
down) without the conversation losing it: reconnecting sends the history.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from typing import Any

logger = logging.getLogger(__name__)

Message = dict[str, Any]


class Subscription:
    """Messages of one topic for one listener, in order."""

    def __init__(self, bus: LocalBus, topic: str, maxsize: int = 1000) -> None:
        self.bus = bus
        self.topic = topic
        self.queue: asyncio.Queue[Message] = asyncio.Queue(maxsize)

    async def get(self) -> Message:
        """The next message (waits)."""
        return await self.queue.get()

    def close(self) -> None:
        """Stop receiving."""
        self.bus.unsubscribe(self)


class LocalBus:
    """Delivers published messages to the subscribers of this process."""

    def __init__(self) -> None:
        self._subscribers: dict[str, set[Subscription]] = defaultdict(set)

    async def start(self) -> None:
        """Nothing to connect."""

    async def close(self) -> None:
        """Nothing to disconnect."""

    def subscribe(self, topic: str) -> Subscription:
        """Listen to a topic until the subscription is closed."""
        subscription = Subscription(self, topic)
        self._subscribers[topic].add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        """Remove a listener (idempotent)."""
        listeners = self._subscribers.get(subscription.topic)
        if listeners is not None:
            listeners.discard(subscription)
            if not listeners:
                del self._subscribers[subscription.topic]

    def deliver(self, topic: str, message: Message) -> None:
        """Hand a message to this process's listeners of the topic."""
        for subscription in list(self._subscribers.get(topic, ())):
            try:
                subscription.queue.put_nowait(message)
            except asyncio.QueueFull:
                # A listener that stopped reading must not block everyone else.
                logger.warning("bus listener on %s is full; message dropped", topic)

    async def publish(self, topic: str, message: Message) -> None:
        """Send a message to every listener of the topic."""
        self.deliver(topic, message)


PUBLISH_TIMEOUT_SECONDS = 2.0


class RedisBus(LocalBus):
    """Redis pub/sub between processes, delivering locally when Redis is away.

    One pattern subscription per process feeds the local listeners. When Redis is
    unreachable, publishing falls back to this process only (logged once per
    outage) and the listener reconnects with a back-off.
    """

    PREFIX = "vtchat:bus:"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._client: Any = None
        self._listener: asyncio.Task[None] | None = None
        self.degraded = False
        self._ready = asyncio.Event()

    async def start(self) -> None:
        """Connect and start listening (does not fail when Redis is down)."""
        import redis.asyncio as redis

        # Reconnect once on a broken connection: after a Redis restart every
        # pooled connection is dead, and each would otherwise lose one publish.
        self._client = redis.from_url(
            self.url,
            socket_connect_timeout=2,
            retry_on_error=[redis.ConnectionError],
        )
        self._listener = asyncio.get_running_loop().create_task(self._listen())
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._ready.wait(), timeout=5)

    async def close(self) -> None:
        """Stop listening and disconnect."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
        if self._client is not None:
            await self._client.close()

    async def publish(self, topic: str, message: Message) -> None:
        """Publish through Redis; on failure deliver in this process only."""
        try:
            # A hung Redis must not hang a worker's send: give up and go local.
            await asyncio.wait_for(
                self._client.publish(self.PREFIX + topic, json.dumps(message)),
                PUBLISH_TIMEOUT_SECONDS,
            )
        except Exception as exc:
            self._degrade(exc)
            self.deliver(topic, message)

    def _degrade(self, exc: BaseException) -> None:
        if not self.degraded:
            logger.warning(
                "Redis relay unavailable (%s); live messages reach only this "
                "process until it returns",
                exc.__class__.__name__,
            )
        self.degraded = True

    async def _listen(self) -> None:
        delay = 0.5
        while True:
            pubsub = self._client.pubsub()
            try:
                await pubsub.psubscribe(self.PREFIX + "*")
                self._ready.set()
                if self.degraded:
                    logger.warning("Redis relay is back")
                    self.degraded = False
                delay = 0.5
                while True:
                    item = await pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=1.0
                    )
                    if item is None or item.get("type") != "pmessage":
                        continue
                    channel = item["channel"]
                    if isinstance(channel, bytes):
                        channel = channel.decode("utf-8")
                    self.deliver(channel[len(self.PREFIX) :], json.loads(item["data"]))
            except asyncio.CancelledError:
                with contextlib.suppress(Exception):
                    await pubsub.close()
                raise
            except Exception as exc:
                self._degrade(exc)
                self._ready.set()
                with contextlib.suppress(Exception):
                    await pubsub.close()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)


def make_bus(redis_url: str) -> LocalBus:
    """Redis pub/sub when a Redis URL is set, else the in-process bus."""
    return RedisBus(redis_url) if redis_url else LocalBus()
