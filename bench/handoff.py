"""Handoff timings for `make bench`: acute message to the worker's console, relay.

Measured against real servers: embedded (one process, SQLite) and scaled out (two
processes on PostgreSQL + Redis, the chatter on one and the worker on the other).
Targets: queue item at the worker < 1 s p99, relay < 100 ms p95 both ways.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.stats import percentile
from tests.support.postgres import temporary_database
from tests.support.server import Chat, Server, start_server
from tests.support.staff import StaffClient, add_staff

ACUTE = [
    "help hij slaat me nu",
    "mijn vriend staat voor de deur met een mes",
    "hij wurgt mijn moeder, nu, in de keuken",
    "he is hitting me right now",
]


async def _one_handoff(
    chat_ws: str, worker: StaffClient, feed: Any, n: int, seen: set[str]
) -> tuple[float, float, float, float]:
    loop = asyncio.get_running_loop()
    async with Chat(chat_ws) as chat:
        await chat.hello()
        start = time.perf_counter()
        turn = asyncio.ensure_future(chat.say(ACUTE[n % len(ACUTE)]))
        frame = await feed.until(
            lambda f: (
                f["type"] == "queue"
                and any(
                    i["id"] not in seen and i["level"] == "acuut" for i in f["items"]
                )
            ),
            timeout=30,
        )
        queue_ms = (time.perf_counter() - start) * 1000
        await turn
        item = next(i for i in frame["items"] if i["id"] not in seen)
        seen.add(item["id"])
        cid = item["conversation_id"]
        await loop.run_in_executor(None, worker.post, f"/api/queue/{item['id']}/claim")
        await chat.next_pushed()  # the "joined" notice

        start = time.perf_counter()
        post = loop.run_in_executor(
            None,
            worker.post,
            f"/api/conversations/{cid}/messages",
            {"text": f"Hoi, ik ben er ({n})."},
        )
        await chat.next_pushed()
        to_chatter_ms = (time.perf_counter() - start) * 1000
        await post

        text = f"ik ben er ook ({n})"

        def arrived(f: dict[str, Any]) -> bool:
            return (
                f["type"] == "messages"
                and f["conversation_id"] == cid
                and any(i.get("text") == text for i in f["items"])
            )

        start = time.perf_counter()
        turn = asyncio.ensure_future(chat.say(text))
        await feed.until(arrived, timeout=30)  # the live preview
        to_worker_ms = (time.perf_counter() - start) * 1000
        await feed.until(arrived, timeout=30)  # stored, with its danger assessment
        assessed_ms = (time.perf_counter() - start) * 1000
        await turn
        await loop.run_in_executor(
            None,
            worker.post,
            f"/api/conversations/{cid}/release",
            {"resume_bot": False},
        )
    return queue_ms, to_chatter_ms, to_worker_ms, assessed_ms


async def _measure(
    chat_server: Server, worker_server: Server, n: int
) -> dict[str, list[float]]:
    worker = StaffClient(worker_server.base)
    assert worker.login("anna") == 200
    out: dict[str, list[float]] = {
        "queue": [],
        "to_chatter": [],
        "to_worker": [],
        "assessed": [],
    }
    seen: set[str] = set()
    async with worker.socket() as feed:
        await feed.recv()
        for i in range(n):
            q, c, w, a = await _one_handoff(chat_server.ws_url, worker, feed, i, seen)
            out["queue"].append(q)
            out["to_chatter"].append(c)
            out["to_worker"].append(w)
            out["assessed"].append(a)
    return out


def _summary(label: str, timings: dict[str, list[float]]) -> dict[str, float]:
    queue = timings["queue"]
    return {
        f"{label}: acute message to worker's queue p99 (ms)": round(
            percentile(queue, 99), 1
        ),
        # p99 of twenty is the slowest one; these say whether that is the first
        # (a cold server) or a stall anywhere in the run.
        f"{label}: acute message to worker's queue, first (ms)": round(queue[0], 1),
        f"{label}: acute message to worker's queue, slowest after the first (ms)": (
            round(max(queue[1:]), 1) if len(queue) > 1 else 0.0
        ),
        f"{label}: acute message to worker's queue median (ms)": round(
            percentile(queue, 50), 1
        ),
        f"{label}: relay worker to chatter p95 (ms)": round(
            percentile(timings["to_chatter"], 95), 1
        ),
        f"{label}: relay chatter to worker p95 (ms)": round(
            percentile(timings["to_worker"], 95), 1
        ),
        f"{label}: chatter message assessed at worker p95 (ms)": round(
            percentile(timings["assessed"], 95), 1
        ),
    }


def bench_handoff_embedded(model_dir: Path, n: int) -> dict[str, float]:
    """One process on SQLite, as `make run` starts it."""
    with tempfile.TemporaryDirectory() as var:
        add_staff(f"sqlite:///{Path(var) / 'vtchat.db'}")
        server = start_server(model_dir, Path(var))
        try:
            server.wait_healthy()
            timings = asyncio.run(_measure(server, server, n))
        finally:
            server.stop()
    return _summary("embedded", timings)


def bench_handoff_scaled(model_dir: Path, n: int) -> dict[str, float]:
    """Two processes on PostgreSQL + Redis: chatter on A, worker on B."""
    with (
        temporary_database("vtchat_bench") as url,
        tempfile.TemporaryDirectory() as var,
    ):
        add_staff(url)
        env = {"VT_DATABASE_URL": url, "VT_REDIS_URL": "redis://127.0.0.1:6379/4"}
        (Path(var) / "a").mkdir()
        (Path(var) / "b").mkdir()
        a = start_server(model_dir, Path(var) / "a", **env)
        b = start_server(model_dir, Path(var) / "b", **env)
        try:
            a.wait_healthy()
            b.wait_healthy()
            timings = asyncio.run(_measure(a, b, n))
        finally:
            a.stop()
            b.stop()
    return _summary("PostgreSQL + Redis, 2 processes", timings)
