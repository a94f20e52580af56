"""A staff member's HTTP and websocket client, as the console page uses the API."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from datetime import date, datetime, timezone
from http.cookies import SimpleCookie
from typing import Any

import websockets

PASSWORD = "een-lang-wachtwoord-1"
STAFF = {
    "anna": "medewerker",
    "bert": "medewerker",
    "rita": "reviewer",
    "bea": "beheerder",
    "tom": "medewerker",  # only for the login throttle test: gets locked out
}


def utc_today() -> date:
    """The UTC day now, for a staff query's period. Call it when the test runs:
    a module constant read at collection time was yesterday for a CI run that
    crossed midnight."""
    return datetime.now(timezone.utc).date()


def add_staff(database_url: str) -> None:
    """Create the test staff accounts in a server's database.

    The session's PostgreSQL database is shared by several server tests: an
    account another test made already (with the same password) is left as it is.
    """
    from bot.staff import AccountError, StaffAccounts
    from bot.store import open_database

    db = open_database(database_url)
    try:
        accounts = StaffAccounts(db)
        for name, role in STAFF.items():
            try:
                accounts.add(name, role, PASSWORD)
            except AccountError as exc:
                if "already exists" not in str(exc):
                    raise
    finally:
        db.dispose()


def expire_session(database_url: str, client: StaffClient) -> None:
    """Let a logged-in client's session run out, as the clock would."""
    import hashlib
    from datetime import datetime, timedelta, timezone

    import sqlalchemy as sa

    from bot.store import open_database
    from bot.store.db import staff_sessions

    assert client.cookie is not None
    token_hash = hashlib.sha256(client.cookie.encode()).hexdigest()
    db = open_database(database_url)
    try:
        with db.engine.begin() as conn:
            conn.execute(
                sa.update(staff_sessions)
                .where(staff_sessions.c.token_hash == token_hash)
                .values(expires_at=datetime.now(timezone.utc) - timedelta(seconds=1))
            )
    finally:
        db.dispose()


def staff(server: Any, name: str) -> StaffClient:
    """A client logged in as one of the test accounts."""
    client = StaffClient(server.base)
    assert client.login(name) == 200
    return client


class StaffClient:
    """Logs in, keeps the session cookie and CSRF token, calls /api/."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookie: str | None = None
        self.csrf: str | None = None
        self.headers_seen: dict[str, str] = {}

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        csrf: bool = True,
        headers: dict[str, str] | None = None,
        raw: bool = False,
    ) -> tuple[int, Any]:
        """One API call; returns (status, JSON body), or the bytes when ``raw``."""
        send = {"Accept": "application/json", **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            send["Content-Type"] = "application/json"
        if self.cookie:
            send["Cookie"] = f"vt_staff={self.cookie}"
        if csrf and self.csrf and method != "GET":
            send["X-CSRF-Token"] = self.csrf
        request = urllib.request.Request(
            self.base + path, data=data, headers=send, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:
                status, content, got = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            status, content, got = err.code, err.read(), err.headers
        self.headers_seen = {k.lower(): v for k, v in got.items()}
        cookie_header = got.get("Set-Cookie")
        if cookie_header:
            cookie = SimpleCookie(cookie_header)
            if "vt_staff" in cookie:
                self.cookie = cookie["vt_staff"].value or None
        if raw:
            return status, content
        return status, json.loads(content) if content else None

    def login(self, username: str, password: str = PASSWORD) -> int:
        """Log in; keeps the cookie and the CSRF token on success."""
        status, body = self.request(
            "POST", "/api/auth/login", {"username": username, "password": password}
        )
        if status == 200:
            self.csrf = body["csrf_token"]
        return status

    def get(self, path: str) -> tuple[int, Any]:
        """GET an API path."""
        return self.request("GET", path)

    def post(self, path: str, body: Any = None, csrf: bool = True) -> tuple[int, Any]:
        """POST to an API path with the CSRF header (unless ``csrf`` is False)."""
        return self.request("POST", path, body if body is not None else {}, csrf)

    def socket(self, origin: str | None = None) -> StaffSocket:
        """The staff websocket with this session's cookie."""
        return StaffSocket(self, origin)


class StaffSocket:
    """The console's live feed: queue snapshots and conversation messages."""

    def __init__(self, client: StaffClient, origin: str | None) -> None:
        self.client = client
        self.origin = origin
        self.socket: Any = None

    async def __aenter__(self) -> StaffSocket:
        url = self.client.base.replace("http://", "ws://") + "/api/staff/ws"
        headers = {"Cookie": f"vt_staff={self.client.cookie}"}
        if self.origin:
            headers["Origin"] = self.origin
        self.socket = await websockets.connect(url, extra_headers=headers)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.socket.close()

    async def recv(self, timeout: float = 30) -> dict[str, Any]:
        """The next frame."""
        return json.loads(await asyncio.wait_for(self.socket.recv(), timeout))

    async def until(self, check: Any, timeout: float = 30) -> dict[str, Any]:
        """The first frame for which ``check(frame)`` is true."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise TimeoutError("no matching staff frame")
            frame = await self.recv(left)
            if check(frame):
                return frame


def queued(conversation_id: str):
    """Check for a staff frame: the queue holds this conversation."""

    def check(frame: dict) -> bool:
        return frame["type"] == "queue" and any(
            i["conversation_id"] == conversation_id for i in frame["items"]
        )

    return check


def said(conversation_id: str, text: str):
    """Check for a staff frame: a live message with this text in the conversation."""

    def check(frame: dict) -> bool:
        return (
            frame["type"] == "messages"
            and frame["conversation_id"] == conversation_id
            and any(i.get("text") == text for i in frame["items"])
        )

    return check


def item_of(frame: dict, conversation_id: str) -> dict:
    """The queue item of this conversation in a queue frame."""
    return next(i for i in frame["items"] if i["conversation_id"] == conversation_id)
