"""Start `vtchat serve` as a real process on free ports, and talk to it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websockets

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_get(url: str, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def http_post_json(url: str, body: Any, timeout: float = 30) -> tuple[int, Any]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


@dataclass
class Server:
    """A running `vtchat serve` process."""

    process: subprocess.Popen[bytes]
    port: int
    action_port: int
    env: dict[str, str]
    log_path: Path
    health_codes: list[int] = field(default_factory=list)

    def log_text(self) -> str:
        """Everything the server and its action server wrote to stdout/stderr."""
        return self.log_path.read_text("utf-8", errors="replace")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/chat/ws"

    @property
    def database_url(self) -> str:
        """VT_DATABASE_URL, or the SQLite file under VT_VAR_DIR it defaults to."""
        url = self.env.get("VT_DATABASE_URL")
        return url or f"sqlite:///{Path(self.env['VT_VAR_DIR']) / 'vtchat.db'}"

    def wait_healthy(self, timeout: float = 400) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                status, _, _ = http_get(f"{self.base}/health", timeout=2)
            except OSError:
                time.sleep(0.2)
                continue
            self.health_codes.append(status)
            if status == 200:
                return
            time.sleep(0.2)
        raise TimeoutError("server did not become healthy")

    def restart(self) -> None:
        """Stop the server and start it again on the same ports and data."""
        assert self.stop() == 0, self.log_text()[-2000:]
        self.start_again()

    def crash(self) -> None:
        """``kill -9`` the server: no shutdown handler runs at all."""
        self.process.kill()
        self.process.wait()

    def start_again(self) -> None:
        """Start the stopped (or crashed) server on the same ports and data."""
        self.health_codes = []
        self.process = _spawn(self.env, self.log_path, append=True)
        self.wait_healthy()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_server(model_dir: Path, var_dir: Path, **extra_env: str) -> Server:
    port, action_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("VT_")},
        "VT_PORT": str(port),
        "VT_ACTION_PORT": str(action_port),
        "VT_VAR_DIR": str(var_dir),
        "VT_MODEL_DIR": str(model_dir),
        "VT_ADVICE_DIR": str(ROOT / "data" / "advice"),
        # Every test chatter comes from 127.0.0.1 and the benchmarks send fast:
        # the flood limits are tested on their own (tests/test_channel_app.py).
        "VT_CHAT_MESSAGES_PER_MINUTE": "1000000",
        "VT_CHAT_BURST": "1000000",
        "VT_CHAT_ADDRESS_MESSAGES_PER_MINUTE": "1000000",
        "VT_CHAT_ADDRESS_BURST": "1000000",
        "VT_CHAT_ADDRESS_TURNS": "100000",
        "VT_CHAT_CONNECTIONS_PER_ADDRESS": "100000",
        **extra_env,
    }
    log_path = var_dir / "server.log"
    process = _spawn(env, log_path)
    return Server(
        process=process,
        port=port,
        action_port=action_port,
        env=env,
        log_path=log_path,
    )


def _spawn(
    env: dict[str, str], log_path: Path, append: bool = False
) -> subprocess.Popen[bytes]:
    with log_path.open("ab" if append else "wb") as log:
        return subprocess.Popen(
            [str(Path(sys.executable).parent / "vtchat"), "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


class Chat:
    """A chatter on the websocket: hello, then messages; collects frames."""

    def __init__(self, ws_url: str) -> None:
        self.ws_url = ws_url
        self.socket: Any = None
        self.token: str | None = None
        self.history: list[dict[str, str]] | None = None
        self.notices: list[dict[str, Any]] = []
        self.pushed: list[dict[str, Any]] = []  # frames that came outside a turn

    async def __aenter__(self) -> Chat:
        self.socket = await websockets.connect(self.ws_url, max_size=2**20)
        return self

    async def __aexit__(self, *exc: object) -> None:
        # The server may be gone (a crash test): closing then fails, harmlessly.
        with contextlib.suppress(websockets.exceptions.ConnectionClosed):
            await self.socket.close()

    async def recv(self, timeout: float = 60) -> dict[str, Any]:
        import asyncio

        raw = await asyncio.wait_for(self.socket.recv(), timeout)
        return json.loads(raw)

    async def hello(self, token: str | None = None) -> str:
        await self.socket.send(json.dumps({"type": "hello", "session": token}))
        frame = await self.recv()
        assert frame["type"] == "session", frame
        self.token = frame["session"]
        if token is not None and token == self.token:
            history = await self.recv()
            assert history["type"] == "history", history
            self.history = history["messages"]
        return self.token

    async def say(self, text: str, kind: str = "message") -> list[dict[str, Any]]:
        """Send a message (or button payload) and return the bot's message frames."""
        if kind == "message":
            frame: dict[str, Any] = {"type": "message", "text": text, "id": "m1"}
        else:
            frame = {"type": "button", "payload": text, "title": text, "id": "m1"}
        await self.socket.send(json.dumps(frame))
        return await self.replies()

    async def press(self, payload: str, title: str) -> list[dict[str, Any]]:
        """Press a button the bot offered and return the bot's message frames."""
        frame = {"type": "button", "payload": payload, "title": title, "id": "b1"}
        await self.socket.send(json.dumps(frame))
        return await self.replies()

    async def replies(self) -> list[dict[str, Any]]:
        """The turn's message frames, up to the ack that closes the turn.

        Handoff notices (a worker joined, nobody came in time) can arrive at any
        moment; they are kept in ``notices``, not mixed into the turn.
        """
        frames: list[dict[str, Any]] = []
        while True:
            frame = await self.recv()
            if frame["type"] == "typing":
                continue
            if frame["type"] == "notice":
                self.notices.append(frame)
                continue
            if frame["type"] == "error":
                return [frame]
            if frame["type"] == "ack":
                return frames
            frames.append(frame)

    async def next_pushed(self, timeout: float = 30) -> dict[str, Any]:
        """The next frame pushed outside a turn (worker message or notice)."""
        frame = await self.recv(timeout)
        if frame["type"] == "notice":
            self.notices.append(frame)
        self.pushed.append(frame)
        return frame


def conversation_of(server: Server, token: str) -> str:
    """The conversation id behind a chatter's token, read from the server's DB."""
    from bot.store import SessionStore, open_database

    db = open_database(server.database_url)
    try:
        found = SessionStore(db).resolve(token)
    finally:
        db.dispose()
    assert found is not None
    return found
