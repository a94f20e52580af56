"""Flood limits: a burst, then a steady rate; per connection and per address."""

from __future__ import annotations

from bot.channel.limits import ChatLimits, FloodGuard, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_message_per_refill():
    bucket = TokenBucket(capacity=3, per_minute=30)  # one every 2 s
    assert [bucket.take(10.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.take(11.0) is False
    assert bucket.take(12.0) is True
    assert bucket.take(12.1) is False
    assert [bucket.take(100.0) for _ in range(4)] == [True, True, True, False]


def test_connections_per_address_are_counted_and_released():
    guard = FloodGuard(ChatLimits(connections_per_address=2))
    assert guard.connect("10.0.0.1") and guard.connect("10.0.0.1")
    assert not guard.connect("10.0.0.1")
    assert guard.connect("10.0.0.2")  # another address is not affected
    guard.disconnect("10.0.0.1")
    assert guard.connect("10.0.0.1")


def test_one_address_shares_a_budget_over_its_connections():
    clock = Clock()
    guard = FloodGuard(
        ChatLimits(messages_per_minute=60, burst=5, address_messages_per_minute=8),
        clock=clock,
    )
    first, second = guard.connection_bucket(), guard.connection_bucket()
    allowed = [guard.allow("10.0.0.1", first) for _ in range(5)]
    allowed += [guard.allow("10.0.0.1", second) for _ in range(5)]
    assert allowed.count(True) == 8  # the address budget, not 2 x 5
    other = guard.connection_bucket()
    assert guard.allow("10.0.0.9", other)  # a different address still chats
    clock.now += 60
    assert guard.allow("10.0.0.1", second)
