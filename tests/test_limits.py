"""Flood limits: a burst, then a steady rate; per connection and per address."""

from __future__ import annotations

import asyncio

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
        ChatLimits(
            messages_per_minute=60,
            burst=5,
            address_messages_per_minute=8,
            address_burst=8,
        ),
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


def test_reconnecting_does_not_refill_an_address_budget():
    clock = Clock()
    guard = FloodGuard(
        ChatLimits(burst=100, address_burst=3, address_messages_per_minute=1),
        clock=clock,
    )
    for _ in range(3):
        assert guard.connect("10.0.0.1")
        assert guard.allow("10.0.0.1", guard.connection_bucket())
        guard.disconnect("10.0.0.1")
    assert guard.connect("10.0.0.1")
    assert not guard.allow("10.0.0.1", guard.connection_bucket())


def test_rest_messages_count_against_the_address_alone():
    guard = FloodGuard(ChatLimits(address_burst=2, address_messages_per_minute=1))
    assert [guard.allow("10.0.0.1") for _ in range(3)] == [True, True, False]
    assert guard.allow("10.0.0.2")


async def test_one_address_gets_one_turn_at_a_time_others_are_not_held_up():
    guard = FloodGuard(ChatLimits(address_turns=1))
    order: list[str] = []
    release = asyncio.Event()

    async def turn(address: str, name: str, wait: bool) -> None:
        async with guard.turn(address):
            order.append(f"{name} starts")
            if wait:
                await release.wait()
            order.append(f"{name} ends")

    first = asyncio.ensure_future(turn("10.0.0.1", "a1", wait=True))
    second = asyncio.ensure_future(turn("10.0.0.1", "a2", wait=False))
    await asyncio.sleep(0)
    await turn("10.0.0.2", "b", wait=False)  # not behind a1
    assert order == ["a1 starts", "b starts", "b ends"]
    release.set()
    await asyncio.gather(first, second)
    assert order[3:] == ["a1 ends", "a2 starts", "a2 ends"]


def test_idle_addresses_are_forgotten_when_there_are_many(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(FloodGuard, "PRUNE_ABOVE", 3)
    guard = FloodGuard(ChatLimits(address_burst=2, address_messages_per_minute=60))
    guard.clock = clock
    for n in range(4):
        guard.allow(f"10.0.0.{n}")
    assert guard.connect("10.0.0.0")  # connected: kept though idle
    clock.now += 120  # every budget refilled
    guard.allow("10.0.1.1")
    assert set(guard._addresses) == {"10.0.0.0", "10.0.1.1"}
