"""Flood limits for the chat: messages and connections, per connection and address.

Counted in-process: each server process keeps its own counts.

A person typing fast stays far below the defaults (a burst of 10, then one
message every two seconds per connection); a script sending hundreds a minute
does not, and is told so in Dutch instead of starving the other chatters of the
one event loop that answers everyone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


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
    address_messages_per_minute: int = 300
    connections_per_address: int = 50


class FloodGuard:
    """Counts connections and messages; ``clock`` is injectable for tests."""

    def __init__(
        self, limits: ChatLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self.clock = clock
        self._connections: dict[str, int] = {}
        self._addresses: dict[str, TokenBucket] = {}

    def connect(self, address: str) -> bool:
        """Admit one more connection from ``address``, or refuse it."""
        count = self._connections.get(address, 0)
        if count >= self.limits.connections_per_address:
            return False
        self._connections[address] = count + 1
        return True

    def disconnect(self, address: str) -> None:
        """Forget one connection of ``address``."""
        count = self._connections.get(address, 0) - 1
        if count > 0:
            self._connections[address] = count
        else:
            self._connections.pop(address, None)
            self._addresses.pop(address, None)

    def connection_bucket(self) -> TokenBucket:
        """A fresh per-connection bucket."""
        return TokenBucket(self.limits.burst, self.limits.messages_per_minute)

    def allow(self, address: str, bucket: TokenBucket) -> bool:
        """One message on a connection (its bucket) from an address."""
        now = self.clock()
        shared = self._addresses.setdefault(
            address,
            TokenBucket(
                self.limits.address_messages_per_minute,
                self.limits.address_messages_per_minute,
            ),
        )
        return bucket.take(now) and shared.take(now)
