"""HTTP limits and small gaps (issue 15, items 10 and 14).

Bodies over VT_REQUEST_MAX_BYTES are refused from their Content-Length, before a
byte of them is read; limits come before JSON parsing; staff posts must be JSON;
an Upgrade header is no way around the CSRF check; HSTS with secure cookies; a
chat token idle past VT_CHAT_IDLE_MINUTES never resumes its conversation.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest
import websockets

from bot.store import SessionStore, open_database
from bot.store.db import chat_sessions
from tests.support.inproc import app_settings, served
from tests.support.server import http_post_json
from tests.support.staff import StaffClient

TWO_MB = 2 * 1024 * 1024


async def _partial_post(base: str, path: str, length: int) -> tuple[int, float]:
    """POST announcing ``length`` bytes but sending only 1 KiB of them.

    A server that reads (let alone parses) the body waits for the rest; one that
    refuses it unread answers at once. Returns (status, seconds to the answer).
    """
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    )
    writer.write(head.encode() + b'{"sender": "s", "message": "' + b"x" * 1024)
    await writer.drain()
    started = asyncio.get_running_loop().time()
    try:
        status_line = await asyncio.wait_for(reader.readline(), 10)
        headers = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        length = int(
            next(
                line.split(b":", 1)[1]
                for line in headers.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
        )
        body = await asyncio.wait_for(reader.readexactly(length), 10)
    finally:
        writer.close()
    refusal = json.loads(body)
    # Our code and Dutch text, as for every other refusal, not Sanic's own.
    assert refusal["error"] == "request_too_large" and "0800-2000" in refusal["text"]
    return int(status_line.split()[1]), asyncio.get_running_loop().time() - started


@pytest.mark.slow
async def test_a_2mb_rest_body_is_refused_unread_and_normal_messages_work(
    chat_server,
):
    status, _ = await _partial_post(chat_server.base, "/webhooks/rest/webhook", TWO_MB)
    assert status == 413
    status, replies = await asyncio.to_thread(
        http_post_json,
        chat_server.base + "/webhooks/rest/webhook",
        {"sender": "grootte", "message": "hallo"},
    )
    assert status == 200 and replies and replies[0]["text"]


async def test_an_oversized_login_is_refused_unread(tmp_path):
    async with served(app_settings(tmp_path)) as base:
        status, _ = await _partial_post(base, "/api/auth/login", TWO_MB)
        assert status == 413
        # Just under the limit is read (and then refused as no login at all).
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                base + "/api/auth/login",
                data=b" " * (64 * 1024 - 100),
                headers={"Content-Type": "application/json"},
            ) as response,
        ):
            assert response.status == 400


async def test_rest_limits_come_before_the_body_is_parsed(tmp_path):
    settings = app_settings(
        tmp_path,
        rest_channel=True,
        chat_address_burst=2,
        chat_address_messages_per_minute=1,
    )
    # Ready as far as the channel can tell; no message here reaches the agent.
    statuses = []
    async with served(settings, agent=object()) as base, aiohttp.ClientSession() as s:
        for _ in range(3):
            async with s.post(
                base + "/webhooks/rest/webhook",
                data=b"{ dit is geen json",
                headers={"Content-Type": "application/json"},
            ) as response:
                statuses.append(response.status)
    assert statuses == [400, 400, 429]


async def test_hsts_is_sent_only_with_secure_cookies(tmp_path):
    for secure, expected in ((True, "max-age=31536000"), (False, None)):
        settings = app_settings(tmp_path, cookie_secure=secure)
        async with served(settings) as base, aiohttp.ClientSession() as session:
            for path in ("/", "/health", "/console"):
                async with session.get(base + path) as response:
                    got = response.headers.get("Strict-Transport-Security")
                    assert got == expected, (secure, path)


def _logged_in(base: str) -> StaffClient:
    staff = StaffClient(base)
    assert staff.login("anna") == 200
    return staff


async def test_an_upgrade_header_does_not_skip_the_csrf_check(tmp_path):
    async with served(app_settings(tmp_path)) as base:
        anna = await asyncio.to_thread(_logged_in, base)
        sneaky = {"Upgrade": "websocket", "Connection": "Upgrade"}
        status, body = await asyncio.to_thread(
            anna.request, "POST", "/api/auth/logout", {}, False, sneaky
        )
        assert (status, body.get("error")) == (403, "csrf")
        still, _ = await asyncio.to_thread(anna.get, "/api/auth/me")
        assert still == 200
        # The real staff socket still opens (it is the one exemption).
        url = base.replace("http://", "ws://") + "/api/staff/ws"
        async with websockets.connect(
            url, extra_headers={"Cookie": f"vt_staff={anna.cookie}"}
        ) as feed:
            assert (
                json.loads(await asyncio.wait_for(feed.recv(), 10))["type"] == "queue"
            )


async def test_staff_posts_must_be_json(tmp_path):
    async with served(app_settings(tmp_path)) as base:
        login = json.dumps({"username": "anna", "password": "x"}).encode()
        # What a cross-site HTML form can send: text/plain.
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                base + "/api/auth/login",
                data=login,
                headers={"Content-Type": "text/plain"},
            ) as response,
        ):
            assert response.status == 415
            assert (await response.json())["error"] == "not_json"
        anna = await asyncio.to_thread(_logged_in, base)
        as_form = {"Content-Type": "application/x-www-form-urlencoded"}
        status, body = await asyncio.to_thread(
            _post_raw, anna, "/api/conversations/abc/annotations", b"tag=goed", as_form
        )
        assert (status, body.get("error")) == (415, "not_json")
        # A post without a body needs no content type.
        status, _ = await asyncio.to_thread(
            _post_raw, anna, "/api/auth/logout", b"", {}
        )
        assert status == 200


def _post_raw(
    staff: StaffClient, path: str, data: bytes, headers: dict[str, str]
) -> tuple[int, Any]:
    """A POST with the session and CSRF token but a body of any kind."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        staff.base + path,
        data=data,
        method="POST",
        headers={
            **headers,
            "Cookie": f"vt_staff={staff.cookie}",
            "X-CSRF-Token": staff.csrf or "",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def _age(database_url: str, minutes: int) -> None:
    """Make every chat session look unused for ``minutes``."""
    db = open_database(database_url)
    try:
        with db.engine.begin() as conn:
            then = datetime.now(timezone.utc) - timedelta(minutes=minutes)
            conn.execute(chat_sessions.update().values(last_seen=then))
    finally:
        db.dispose()


def test_an_idle_token_no_longer_resumes(database_url):
    db = open_database(database_url)
    sessions = SessionStore(db, idle=timedelta(minutes=60))
    token, conversation = sessions.create()
    assert sessions.resolve(token) == conversation
    _age(database_url, 59)
    assert sessions.resolve(token) == conversation  # and that use counts as seen
    assert sessions.resolve(token) == conversation
    _age(database_url, 61)
    assert sessions.resolve(token) is None
    _age(database_url, 0)
    assert sessions.resolve(token) is None  # gone for good, not just hidden
    db.dispose()


async def test_an_idle_chat_starts_a_new_conversation(tmp_path):
    settings = app_settings(tmp_path, chat_idle_minutes=60)

    async def hello(url: str, token: str | None) -> dict[str, Any]:
        async with websockets.connect(url) as socket:
            await socket.send(json.dumps({"type": "hello", "session": token}))
            return json.loads(await socket.recv())

    async with served(settings) as base:
        url = base.replace("http://", "ws://") + "/chat/ws"
        first = (await hello(url, None))["session"]
        assert (await hello(url, first))["session"] == first  # resumes
        _age(settings.effective_database_url, 61)
        fresh = (await hello(url, first))["session"]
    assert fresh != first
