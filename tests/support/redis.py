"""A redis-server of one test alone: on its own port, killed and restarted at will.

Never the machine's shared Redis: tests that take Redis away must not take it
from anyone else.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import redis

from tests.support.server import free_port

REDIS_SERVER = "/usr/bin/redis-server"


class RedisServer:
    """``/usr/bin/redis-server`` on a free port, without persistence."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start (again, on the same port) and wait until it answers."""
        with (self.workdir / "redis.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    REDIS_SERVER,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.workdir),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 10
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.exceptions.ConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
        finally:
            client.close()

    def kill(self) -> None:
        """``kill -9``: Redis vanishes with everything it held."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def pause(self) -> None:
        """``kill -STOP``: Redis still accepts connections but answers nothing."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """``kill -CONT`` after ``pause``."""
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def keys(self, pattern: str) -> list[bytes]:
        """The keys matching ``pattern`` in db 0 (what ``url`` names)."""
        client = redis.Redis(port=self.port, db=0)
        try:
            return sorted(client.keys(pattern))
        finally:
            client.close()
