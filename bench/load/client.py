"""A chatter's websocket for the load harness: frames read in the background.

Unlike the tests' ``Chat`` helper, this one lets worker messages and notices
arrive at any moment during a turn (workers claim conversations during the run)
and connects from its own loopback address, so the server's per-address limits
apply to each simulated person as they would to people on their own phones.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

import websockets

CONTROL = {"session", "history", "ack", "error", "ended"}
JOIN_GRACE = 2.0  # seconds a silent turn may wait for the "joined" notice


@dataclass
class Turn:
    """What came back for one message: bot frames, and how the turn ended."""

    ms: float
    error: str | None
    bot_frames: list[dict[str, Any]] = field(default_factory=list)
    taken_over: bool = False


class ChatConnection:
    """One websocket to /chat/ws with one message in flight at a time."""

    def __init__(self) -> None:
        self.socket: Any = None
        self.taken_over = False
        self.worker_messages = 0
        self._control: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._bot_frames: list[dict[str, Any]] = []
        self._joined_in_turn = False
        self._joined = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None

    async def open(self, ws_url: str, address: str) -> None:
        """Connect from ``address`` (any 127.x.y.z works on Linux loopback)."""
        self.socket = await websockets.connect(
            ws_url, max_size=2**20, local_addr=(address, 0), open_timeout=30
        )
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def close(self) -> None:
        """Close the socket (the chatter closes the tab)."""
        if self.socket is not None:
            with contextlib.suppress(Exception):
                await self.socket.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader

    async def hello(
        self, token: str | None, timeout: float
    ) -> tuple[str, list[dict[str, Any]] | None]:
        """Start or resume; returns the token and, when resumed, the history."""
        await self.socket.send(json.dumps({"type": "hello", "session": token}))
        frame = await self._next_control(timeout)
        if frame["type"] != "session":
            raise ConnectionError(frame.get("code") or frame["type"])
        if token is None or frame["session"] != token:
            return frame["session"], None
        history = await self._next_control(timeout)
        if history["type"] != "history":
            raise ConnectionError(history.get("code") or history["type"])
        # A worker may have joined or left while this chatter was away.
        messages = history["messages"]
        states = [m.get("state") for m in messages if m.get("from") == "system"]
        if states:
            self.taken_over = states[-1] == "joined"
        return token, messages

    async def turn(self, frame: dict[str, Any], timeout: float) -> Turn:
        """Send one message or button and wait for its ack (or error)."""
        self._bot_frames = []
        self._joined_in_turn = self.taken_over
        self._joined.clear()
        start = time.perf_counter()
        await self.socket.send(json.dumps(frame))
        try:
            reply = await self._next_control(timeout)
        except asyncio.TimeoutError:
            return Turn((time.perf_counter() - start) * 1000, "lost_reply")
        ms = (time.perf_counter() - start) * 1000
        if reply["type"] == "ack" and not self._bot_frames and not self.taken_over:
            # A worker who claims the chat mid-turn silences the bot; the notice
            # travels over the relay and may arrive just after the ack.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._joined.wait(), JOIN_GRACE)
        taken_over = self._joined_in_turn or self.taken_over
        if reply["type"] == "error":
            return Turn(ms, reply.get("code", "error"), taken_over=taken_over)
        if reply["type"] != "ack" or reply.get("id") != frame["id"]:
            return Turn(ms, "out_of_order", taken_over=taken_over)
        error = None if self._bot_frames or taken_over else "no_reply"
        return Turn(ms, error, list(self._bot_frames), taken_over)

    async def end(self, timeout: float) -> bool:
        """End the conversation as the page's button does; True when confirmed."""
        await self.socket.send(json.dumps({"type": "end"}))
        with contextlib.suppress(asyncio.TimeoutError, ConnectionError):
            return (await self._next_control(timeout))["type"] == "ended"
        return False

    async def _next_control(self, timeout: float) -> dict[str, Any]:
        frame = await asyncio.wait_for(self._control.get(), timeout)
        if frame["type"] == "closed":
            raise ConnectionError("closed")
        return frame

    async def _read(self) -> None:
        try:
            async for raw in self.socket:
                self._dispatch(json.loads(raw))
        except Exception:  # closed under us, or a frame that is not JSON
            pass
        finally:
            self._control.put_nowait({"type": "closed"})

    def _dispatch(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind in CONTROL:
            self._control.put_nowait(frame)
        elif kind == "notice":
            state = frame.get("state")
            if state == "joined":
                self.taken_over = self._joined_in_turn = True
                self._joined.set()
            elif state in ("released", "closed"):
                self.taken_over = False
        elif kind == "message":
            if frame.get("from") == "worker":
                self.worker_messages += 1
            else:
                self._bot_frames.append(frame)
