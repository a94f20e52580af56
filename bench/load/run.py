"""Drive a load run: chatters, workers and an optional flood against running servers.

The caller starts the servers (one process on SQLite, or several on PostgreSQL +
Redis) and passes their addresses; chatters are spread over them like a load
balancer would, and a reconnect goes to another process, as it may behind one.
Everything observed goes into a ``Recording``; ``bench.load.report`` turns it
into numbers.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.load.client import ChatConnection
from bench.load.scripts import Script, Step, make_script
from bench.stats import tree_rss_mb

TURN_TIMEOUT = 30.0  # no ack within this long: the reply is lost


class Abandoned(Exception):
    """The conversation cannot go on (its reply was lost); already counted."""


@dataclass(frozen=True)
class Target:
    """One server process: where chatters and workers connect, what to measure."""

    base: str
    pid: int

    @property
    def ws_url(self) -> str:
        return self.base.replace("http://", "ws://") + "/chat/ws"


@dataclass(frozen=True)
class Level:
    """Hold ``chatters`` concurrent conversations for ``seconds``."""

    chatters: int
    seconds: float


@dataclass(frozen=True)
class Options:
    """How chatters behave and what else happens during the run."""

    levels: tuple[Level, ...]
    think: tuple[float, float] = (15.0, 45.0)  # seconds between a person's messages
    acute_every: int = 20
    reconnect_share: float = 0.1
    workers: int = 3
    handle_seconds: tuple[float, float] = (8.0, 20.0)
    flood_level: int | None = 200  # flood during the level with this many chatters
    flood_connections: int = 60
    flood_seconds: float = 60.0
    seed: int = 7
    ramp_seconds: float = 20.0
    reviewer: bool = False  # a reviewer lists, searches and reads all the while


@dataclass
class Sample:
    """One chatter message: when it was sent, how long until its ack, what failed."""

    sent: float
    ms: float
    server: int
    error: str | None


@dataclass
class AcuteSent:
    """An acute message: the conversation it belongs to and when it was sent."""

    conversation_id: str
    sent: float


@dataclass
class Gauge:
    """Periodic readings: open conversations, server memory, the harness's CPU.

    The simulated people run on the same two cores as the servers; their CPU
    time shows how much of a slowdown is the load generator's own.
    """

    at: float
    connected: int
    rss_mb: float
    harness_cpu_s: float


@dataclass
class Window:
    """A stretch of the run measured on its own (a level, or the flood)."""

    label: str
    chatters: int
    start: float
    end: float


@dataclass
class Recording:
    """Everything a run observed; times are ``time.monotonic()`` of this process."""

    samples: list[Sample] = field(default_factory=list)
    acute: list[AcuteSent] = field(default_factory=list)
    acute_queued: dict[str, float] = field(default_factory=dict)
    gauges: list[Gauge] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    flood: dict[str, int] = field(default_factory=dict)
    review: dict[str, int] = field(default_factory=dict)
    connected: int = 0

    def count(self, name: str, into: dict[str, int] | None = None) -> None:
        """Add one to a named counter (``events`` unless told otherwise)."""
        target = self.events if into is None else into
        target[name] = target.get(name, 0) + 1


ResolveConversation = Callable[[str], str | None]


class LoadRun:
    """One run of the schedule against ``targets``."""

    def __init__(
        self,
        targets: list[Target],
        options: Options,
        resolve: ResolveConversation,
        worker_logins: list[tuple[str, str]],
        reviewer_login: tuple[str, str] | None = None,
    ) -> None:
        self.targets = targets
        self.options = options
        self.resolve = resolve
        self.worker_logins = worker_logins
        self.reviewer_login = reviewer_login
        self.rec = Recording()
        self.stop = asyncio.Event()

    async def run(self) -> Recording:
        """Run every level in turn, then wait briefly for late queue items."""
        loop = asyncio.get_running_loop()
        tasks = [loop.create_task(self._monitor())]
        tasks += [
            loop.create_task(self._worker(i, name, password))
            for i, (name, password) in enumerate(
                self.worker_logins[: self.options.workers]
            )
        ]
        if self.options.reviewer and self.reviewer_login is not None:
            tasks.append(loop.create_task(self._reviewer(*self.reviewer_login)))
        slots: list[asyncio.Task[None]] = []
        try:
            for level in self.options.levels:
                await self._run_level(level, slots)
            await self._await_acute_queue(10.0)
        finally:
            self.stop.set()
            await asyncio.sleep(0)
            for task in slots + tasks:
                task.cancel()
            for task in slots + tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        return self.rec

    async def _run_level(self, level: Level, slots: list[asyncio.Task[None]]) -> None:
        loop = asyncio.get_running_loop()
        start = time.monotonic()
        new = range(len(slots), level.chatters)
        ramp = min(self.options.ramp_seconds, level.seconds / 4)
        for slot in new:
            slots.append(loop.create_task(self._chatter(slot)))
            await asyncio.sleep(ramp / max(1, len(new)))
        settled = start + ramp + self.options.think[0]
        end = start + level.seconds
        self.rec.windows.append(
            Window(f"{level.chatters} chatters", level.chatters, settled, end)
        )
        if self.options.flood_level == level.chatters:
            flood_start = settled + (end - settled - self.options.flood_seconds) / 2
            flood_end = flood_start + self.options.flood_seconds
            self.rec.windows.append(
                Window("before flood", level.chatters, settled, flood_start)
            )
            self.rec.windows.append(
                Window("during flood", level.chatters, flood_start, flood_end)
            )
            await asyncio.sleep(max(0.0, flood_start - time.monotonic()))
            await self._flood(flood_end)
        await asyncio.sleep(max(0.0, end - time.monotonic()))

    # -- chatters -------------------------------------------------------------

    async def _chatter(self, slot: int) -> None:
        """One place in the load: conversation after conversation, each a new person."""
        rng = random.Random(self.options.seed * 100_003 + slot)
        # 127.0.0.1 stays free for the workers; each slot is its own person.
        address = f"127.1.{slot // 250}.{slot % 250 + 1}"
        server = slot % len(self.targets)
        while not self.stop.is_set():
            script = make_script(
                rng, self.options.acute_every, self.options.reconnect_share
            )
            try:
                server = await self._conversation(rng, script, address, server)
            except Abandoned:
                pass
            except (OSError, ConnectionError, asyncio.TimeoutError) as exc:
                self.rec.count(f"chatter connection failed ({type(exc).__name__})")
            await asyncio.sleep(rng.uniform(1, 5))

    async def _conversation(
        self, rng: random.Random, script: Script, address: str, server: int
    ) -> int:
        conn = ChatConnection()
        await conn.open(self.targets[server].ws_url, address)
        self.rec.connected += 1
        try:
            token, _ = await conn.hello(None, TURN_TIMEOUT)
            conversation = None
            if script.acute:
                loop = asyncio.get_running_loop()
                conversation = await loop.run_in_executor(None, self.resolve, token)
            last_text = ""
            for n, step in enumerate(script.steps):
                await self._think(rng)
                if self.stop.is_set():
                    return server
                if step.kind == "reconnect":
                    await conn.close()
                    server = (server + 1) % len(self.targets)
                    conn = ChatConnection()
                    await conn.open(self.targets[server].ws_url, address)
                    again, history = await conn.hello(token, TURN_TIMEOUT)
                    texts = [m.get("text") for m in history or []]
                    if again != token or (last_text and last_text not in texts):
                        self.rec.count("history lost after reconnect")
                    self.rec.count("reconnects")
                    continue
                await self._say(conn, step, n, server, conversation)
                last_text = step.title or step.text
            if script.end_with_goodbye and not await conn.end(TURN_TIMEOUT):
                self.rec.count("end not confirmed")
            self.rec.count("conversations completed")
            return server
        finally:
            self.rec.connected -= 1
            await conn.close()

    async def _think(self, rng: random.Random) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.stop.wait(), rng.uniform(*self.options.think))

    async def _say(
        self,
        conn: ChatConnection,
        step: Step,
        n: int,
        server: int,
        conversation: str | None,
    ) -> None:
        frame: dict[str, Any] = {"id": f"m{n}"}
        if step.kind == "button":
            frame.update(type="button", payload=step.text, title=step.title)
        else:
            frame.update(type="message", text=step.text)
        sent = time.monotonic()
        turn = await conn.turn(frame, TURN_TIMEOUT)
        error = turn.error
        if step.kind == "acute" and conversation is not None:
            self.rec.acute.append(AcuteSent(conversation, sent))
            first = turn.bot_frames[0] if turn.bot_frames else {}
            if error is None and not turn.taken_over and not first.get("acute"):
                error = "acute reply without 112 first"
        self.rec.samples.append(Sample(sent, turn.ms, server, error))
        if error == "lost_reply":
            raise Abandoned

    # -- workers --------------------------------------------------------------

    async def _worker(self, index: int, name: str, password: str) -> None:
        """A worker on the console: watches the queue, takes chats, talks, releases."""
        from tests.support.staff import StaffClient

        loop = asyncio.get_running_loop()
        rng = random.Random(self.options.seed + 1000 + index)
        client = StaffClient(self.targets[index % len(self.targets)].base)
        status = await loop.run_in_executor(None, client.login, name, password)
        if status != 200:
            self.rec.count(f"worker login failed ({status})")
            return
        changed = asyncio.Event()
        latest: list[dict[str, Any]] = []
        async with client.socket() as feed:

            async def read() -> None:
                async for raw in feed.socket:
                    frame = json.loads(raw)
                    if frame.get("type") != "queue":
                        continue
                    now = time.monotonic()
                    for item in frame["items"]:
                        if item["level"] == "acuut":
                            self.rec.acute_queued.setdefault(
                                item["conversation_id"], now
                            )
                    latest[:] = frame["items"]
                    changed.set()

            reader = loop.create_task(read())
            tried: set[str] = set()
            try:
                while not self.stop.is_set():
                    await changed.wait()
                    changed.clear()
                    for item in [i for i in latest if i["id"] not in tried]:
                        tried.add(item["id"])
                        if await self._handle(client, item, rng):
                            changed.set()  # look at the queue again
                            break
            finally:
                reader.cancel()

    async def _handle(
        self, client: Any, item: dict[str, Any], rng: random.Random
    ) -> bool:
        loop = asyncio.get_running_loop()
        status, _ = await loop.run_in_executor(
            None, client.post, f"/api/queue/{item['id']}/claim"
        )
        if status == 409:
            self.rec.count("claims lost to another worker")
            return False
        if status != 200:
            self.rec.count(f"claim failed ({status})")
            return False
        self.rec.count("chats taken over by a worker")
        cid = item["conversation_id"]
        for text in (
            "Hoi, je chat nu met een medewerker. Ben je nu veilig?",
            "Ik blijf bij je. Kun je zeggen waar je bent?",
        ):
            status, _ = await loop.run_in_executor(
                None, client.post, f"/api/conversations/{cid}/messages", {"text": text}
            )
            if status != 200:
                self.rec.count(f"worker message failed ({status})")
            await asyncio.sleep(rng.uniform(*self.options.handle_seconds) / 2)
        status, _ = await loop.run_in_executor(
            None,
            client.post,
            f"/api/conversations/{cid}/release",
            {"resume_bot": True},
        )
        if status != 200:
            self.rec.count(f"release failed ({status})")
        return True

    # -- reviewer -------------------------------------------------------------

    async def _reviewer(self, name: str, password: str) -> None:
        """A reviewer at work the whole run: lists, searches, reads, the report.

        No pause between requests: the heaviest a reviewer (or one with a fast
        finger and a long period) can make the review, on the first server.
        """
        from tests.support.staff import StaffClient

        loop = asyncio.get_running_loop()
        client = StaffClient(self.targets[0].base)
        status = await loop.run_in_executor(None, client.login, name, password)
        if status != 200:
            self.rec.count(f"reviewer login failed ({status})")
            return
        stats = self.rec.review
        while not self.stop.is_set():
            listed = await self._review_get(client, "/api/conversations?per_page=100")
            await self._review_get(client, "/api/conversations?q=politie")
            items = (listed or {}).get("items", [])
            for item in items[:5]:
                await self._review_get(client, f"/api/conversations/{item['id']}")
            await self._review_get(client, "/api/advice-report")
            await self._review_get(client, "/api/advice-records.csv")
            self.rec.count("rounds", stats)

    async def _review_get(self, client: Any, path: str) -> Any:
        """One reviewer request; counted by outcome in ``rec.review``."""
        loop = asyncio.get_running_loop()
        try:
            status, body = await loop.run_in_executor(
                None, lambda: client.request("GET", path, raw=path.endswith(".csv"))
            )
        except Exception as exc:
            self.rec.count(f"failed ({type(exc).__name__})", self.rec.review)
            return None
        outcome = "requests" if status == 200 else f"HTTP {status}"
        self.rec.count(outcome, self.rec.review)
        return body if status == 200 else None

    # -- flood ----------------------------------------------------------------

    async def _flood(self, until: float) -> None:
        """One address opens many chats and sends as fast as the server answers."""
        loop = asyncio.get_running_loop()
        tasks = [
            loop.create_task(self._flood_connection(n, until))
            for n in range(self.options.flood_connections)
        ]
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _flood_connection(self, n: int, until: float) -> None:
        """A script's connection: sends without pause, reconnects when cut off."""
        stats = self.rec.flood
        while time.monotonic() < until:
            conn = ChatConnection()
            try:
                await conn.open(self.targets[n % len(self.targets)].ws_url, "127.2.0.1")
                await conn.hello(None, TURN_TIMEOUT)
            except Exception as exc:
                self.rec.count(f"connection refused ({_reason(exc)})", stats)
                await conn.close()
                await asyncio.sleep(0.1)  # the attacker's retry pace
                continue
            self.rec.count("connections admitted", stats)
            try:
                k = 0
                while time.monotonic() < until:
                    k += 1
                    frame = {"type": "message", "text": f"spam {k}", "id": f"f{k}"}
                    turn = await conn.turn(frame, TURN_TIMEOUT)
                    self.rec.count(f"messages {turn.error or 'answered'}", stats)
            except Exception as exc:  # the server closed it
                self.rec.count(f"connection closed ({_reason(exc)})", stats)
            finally:
                await conn.close()

    # -- measurements ---------------------------------------------------------

    async def _monitor(self) -> None:
        while not self.stop.is_set():
            rss = sum(tree_rss_mb(t.pid) for t in self.targets)
            self.rec.gauges.append(
                Gauge(time.monotonic(), self.rec.connected, rss, time.process_time())
            )
            await asyncio.sleep(2)

    async def _await_acute_queue(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and any(
            a.conversation_id not in self.rec.acute_queued for a in self.rec.acute
        ):
            await asyncio.sleep(0.2)


def _reason(exc: BaseException) -> str:
    status = getattr(exc, "status_code", None)
    return f"HTTP {status}" if status else str(exc) or type(exc).__name__
