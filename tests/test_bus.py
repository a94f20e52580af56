"""The relay bus: in-process, and Redis pub/sub between two bus instances."""

from __future__ import annotations

import asyncio

from bot.handoff import LocalBus, RedisBus

REDIS = "redis://127.0.0.1:6379/3"


async def test_local_bus_delivers_in_order_to_each_subscriber():
    bus = LocalBus()
    first, second = bus.subscribe("chat:1"), bus.subscribe("chat:1")
    other = bus.subscribe("chat:2")
    for n in range(3):
        await bus.publish("chat:1", {"n": n})
    assert [(await first.get())["n"] for _ in range(3)] == [0, 1, 2]
    assert [(await second.get())["n"] for _ in range(3)] == [0, 1, 2]
    assert other.queue.empty()
    first.close()
    await bus.publish("chat:1", {"n": 3})
    assert first.queue.empty() and (await second.get())["n"] == 3


async def test_redis_bus_carries_messages_between_processes():
    a, b = RedisBus(REDIS), RedisBus(REDIS)
    await a.start()
    await b.start()
    try:
        listener = b.subscribe("chat:abc")
        await a.publish("chat:abc", {"type": "message", "text": "hoi"})
        got = await asyncio.wait_for(listener.get(), 5)
        assert got == {"type": "message", "text": "hoi"}
        assert not a.degraded and not b.degraded
    finally:
        await a.close()
        await b.close()


async def test_redis_down_degrades_to_this_process_and_logs(caplog):
    bus = RedisBus("redis://127.0.0.1:1/0")  # nothing listens there
    await bus.start()
    try:
        local = bus.subscribe("chat:x")
        await bus.publish("chat:x", {"text": "toch bezorgd"})
        assert (await asyncio.wait_for(local.get(), 5))["text"] == "toch bezorgd"
        assert bus.degraded
        assert "Redis relay unavailable" in caplog.text
    finally:
        await bus.close()


async def test_redis_restart_loses_no_live_message_after_it_is_back(private_redis):
    """Connections to the killed Redis are replaced, not each spent on one publish."""
    a, b = RedisBus(private_redis.url), RedisBus(private_redis.url)
    await a.start()
    await b.start()
    try:
        listener = b.subscribe("chat:abc")
        # Publish at once: the client opens several connections, all to this Redis.
        await asyncio.gather(*(a.publish("chat:abc", {"n": n}) for n in range(5)))
        assert sorted([(await listener.get())["n"] for _ in range(5)]) == list(range(5))
        private_redis.kill()
        await asyncio.sleep(0.5)
        assert a.degraded and b.degraded  # the listeners noticed
        private_redis.start()
        for _ in range(100):
            if not a.degraded and not b.degraded:
                break
            await asyncio.sleep(0.1)
        assert not a.degraded and not b.degraded
        for n in range(5):
            await a.publish("chat:abc", {"n": n})
        got = [(await asyncio.wait_for(listener.get(), 5))["n"] for _ in range(5)]
        assert got == list(range(5))
        assert not a.degraded
    finally:
        await a.close()
        await b.close()
