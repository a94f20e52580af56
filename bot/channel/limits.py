"""Flood limits for the chat: messages and connections, per connection and address.

Counted in-process: each server process keeps its own counts.

A person typing fast stays far below the defaults (a burst of 10, then one
message every two seconds per connection); a script sending hundreds a minute
does not, and is told so in Dutch instead of starving the other chatters of the
one event loop that answers everyone. Rate limits alone are not enough: the load
harness showed fifty connections from one address, each with one message in
flight, stalling everyone for seconds without ever exceeding a rate. So one
address also gets only a few turns processed at a time (``turn``); the others
from that address wait, costing nobody else anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any


def address_of(request: Any) -> str:
    """The client address every limit counts: the one helper for all of them.

    Directly connected, that is the socket peer. Behind a reverse proxy the peer
    is the proxy, shared by everyone, so Sanic's ``remote_addr`` (read from the
    headers the proxy sets, as configured by the VT_ proxy settings) names the
    client instead; but only when the peer is one of the trusted proxies, or any
    client could name itself by sending those headers directly.
    """
    peer = request.ip or "?"
    trusted = getattr(request.app.ctx, "trusted_proxies", ())
    if not trusted or not _within(peer, trusted):
        return peer
    return request.remote_addr.strip("[]") or peer


def _within(address: str, networks: tuple[Any, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return False
    return any(ip in network for network in networks)


@dataclass
class TokenBucket:
    """``capacity`` messages at once, refilled at ``per_minute`` a minute."""

    capacity: float
    per_minute: float
    tokens: float = field(init=False)
    updated: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def take(self, now: float) -> bool:
        """Spend one token if there is one."""
        if self.updated:
            gained = (now - self.updated) * self.per_minute / 60
            self.tokens = min(self.capacity, self.tokens + gained)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass(frozen=True)
class ChatLimits:
    """The configured limits (see the VT_CHAT_* settings)."""

    messages_per_minute: int = 30
    burst: int = 10
    address_messages_per_minute: int = 120
    address_burst: int = 30
    connections_per_address: int = 50
    address_turns: int = 1
    # A connection told to wait this many times in a row is a script, not a
    # person: it is closed and its address may not open a chat for a while.
    strikes: int = 10
    block_seconds: float = 60.0


class FloodGuard:
    """Counts connections and messages; ``clock`` is injectable for tests."""

    # Idle addresses are forgotten once this many are known (REST has no
    # disconnect to forget them by).
    PRUNE_ABOVE = 10_000

    def __init__(
        self, limits: ChatLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self.clock = clock
        self._connections: dict[str, int] = {}
        self._addresses: dict[str, TokenBucket] = {}
        self._turns: dict[str, asyncio.Semaphore] = {}
        self._blocked: dict[str, float] = {}

    def connect(self, address: str) -> bool:
        """Admit one more connection from ``address``, or refuse it."""
        count = self._connections.get(address, 0)
        if count >= self.limits.connections_per_address:
            return False
        self._connections[address] = count + 1
        return True

    def disconnect(self, address: str) -> None:
        """Forget one connection of ``address`` (its message budget stays)."""
        count = self._connections.get(address, 0) - 1
        if count > 0:
            self._connections[address] = count
        else:
            self._connections.pop(address, None)

    def connection_bucket(self) -> TokenBucket:
        """A fresh per-connection bucket."""
        return TokenBucket(self.limits.burst, self.limits.messages_per_minute)

    def allow(self, address: str, bucket: TokenBucket | None = None) -> bool:
        """One message from an address, on a connection (its bucket) if it has one.

        The address's budget survives its connections closing: reconnecting
        must not refill it.
        """
        now = self.clock()
        if len(self._addresses) > self.PRUNE_ABOVE:
            self._prune(now)
        shared = self._addresses.get(address)
        if shared is None:
            shared = self._addresses[address] = TokenBucket(
                self.limits.address_burst, self.limits.address_messages_per_minute
            )
        return (bucket is None or bucket.take(now)) and shared.take(now)

    def block(self, address: str) -> None:
        """Refuse new chats from ``address`` for ``block_seconds``."""
        self._blocked[address] = self.clock() + self.limits.block_seconds

    def blocked(self, address: str) -> bool:
        """True while ``address`` may not open a chat."""
        until = self._blocked.get(address)
        if until is None:
            return False
        if until <= self.clock():
            del self._blocked[address]
            return False
        return True

    @contextlib.asynccontextmanager
    async def turn(self, address: str) -> AsyncIterator[None]:
        """Hold one of the address's few processing places for a whole turn."""
        gate = self._turns.get(address)
        if gate is None:
            gate = self._turns[address] = asyncio.Semaphore(self.limits.address_turns)
        async with gate:
            yield

    def _prune(self, now: float) -> None:
        for address in [a for a, until in self._blocked.items() if until <= now]:
            del self._blocked[address]
        for address, bucket in list(self._addresses.items()):
            refilled = (now - bucket.updated) * bucket.per_minute / 60
            gate = self._turns.get(address)
            busy = gate is not None and gate.locked()
            if address in self._connections or busy:
                continue
            if bucket.tokens + refilled >= bucket.capacity:
                del self._addresses[address]
                self._turns.pop(address, None)
