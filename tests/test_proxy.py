"""Behind nginx (issue 15, item 5): deploy/nginx.conf in front of a real app.

Every client behind a proxy arrives from the proxy's address. With the VT_ proxy
settings the limits count the client's own address, taken from the header nginx
sets; a header a client sends itself counts for nothing. Clients use their own
loopback addresses (127.0.0.2, 127.0.0.3), as real clients have their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import ssl
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
import websockets

from bot.settings import Settings, SettingsError
from bot.store import open_database
from bot.store.db import audit_log
from tests.conftest import ROOT
from tests.support.inproc import app_settings, served
from tests.support.server import free_port
from tests.support.staff import PASSWORD

NGINX = Path("/usr/sbin/nginx")
EXAMPLE = ROOT / "deploy" / "nginx.conf"
A, B = "127.0.0.2", "127.0.0.3"  # two clients on their own addresses


def _tls() -> ssl.SSLContext:
    """The test certificate is self-signed: trust it without checking."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def site_config(example: str, port: int, app_port: int, cert: Path, key: Path) -> str:
    """The example with the test's ports and certificate, nothing else changed."""
    swaps = [
        (r"\n *listen \[::\]:\d+[^;]*;", ""),  # no IPv6 in the test
        (r"listen 80;", f"listen 127.0.0.1:{free_port()};"),
        (r"listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;"),
        (r"server 127\.0\.0\.1:8000;", f"server 127.0.0.1:{app_port};"),
        (r"ssl_certificate /\S+;", f"ssl_certificate {cert};"),
        (r"ssl_certificate_key /\S+;", f"ssl_certificate_key {key};"),
    ]
    for pattern, replacement in swaps:
        example, count = re.subn(pattern, replacement, example)
        assert count >= 1, f"deploy/nginx.conf no longer has {pattern!r}"
    return example


@contextlib.contextmanager
def nginx(tmp_path: Path, app_port: int) -> Iterator[int]:
    """Run nginx with the example config in front of ``app_port``; yield its port."""
    if not NGINX.exists():
        pytest.fail(
            "the proxy tests need nginx: 'sudo apt-get install --no-install-recommends"
            " nginx-light' (make install does it as root)"
        )
    here = tmp_path / "nginx"
    here.mkdir()
    cert, key = here / "cert.pem", here / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    port = free_port()
    (here / "vtchat.conf").write_text(
        site_config(EXAMPLE.read_text("utf-8"), port, app_port, cert, key)
    )
    temp = " ".join(
        f"{kind}_temp_path {here / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # As root (CI), workers would run as nobody and not read the test's files.
    user = "user root;" if os.getuid() == 0 else ""
    (here / "nginx.conf").write_text(
        f"{user} daemon off; worker_processes 1; pid {here / 'nginx.pid'};\n"
        f"error_log {here / 'error.log'} warn;\n"
        "events { worker_connections 512; }\n"
        f"http {{ {temp} include {here / 'vtchat.conf'}; }}\n"
    )
    args = [str(NGINX), "-p", str(here), "-e", str(here / "error.log")]
    check = subprocess.run(
        [*args, "-t", "-c", str(here / "nginx.conf")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([*args, "-c", str(here / "nginx.conf")])
    try:
        _wait_for_port(port)
        yield port
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful: the master stops its workers
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_port(port: int, timeout: float = 10) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError("nginx did not start")


@contextlib.asynccontextmanager
async def client(
    source: str, tls: bool = False
) -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP client on its own local address (with its own cookie jar)."""
    connector = aiohttp.TCPConnector(
        local_addr=(source, 0), ssl=_tls() if tls else False
    )
    async with aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True)
    ) as session:
        yield session


async def login(
    session: aiohttp.ClientSession,
    base: str,
    password: str,
    headers: dict[str, str] | None = None,
) -> int:
    async with session.post(
        base + "/api/auth/login",
        json={"username": "anna", "password": password},
        headers=headers or {},
    ) as response:
        await response.read()
        return response.status


async def hello(url: str, source: str, messages: int = 0) -> list[str]:
    """Open a chat from ``source``, send messages; the frame types answered."""
    secure = url.startswith("wss:")
    async with websockets.connect(
        url, local_addr=(source, 0), ssl=_tls() if secure else None
    ) as socket:
        await socket.send(json.dumps({"type": "hello", "session": None}))
        answered = [json.loads(await socket.recv())]
        for i in range(messages):
            frame = {"type": "message", "text": f"hoi {i}", "id": str(i)}
            await socket.send(json.dumps(frame))
            answered.append(json.loads(await socket.recv()))
    return [f.get("code", f["type"]) for f in answered]


def audit_targets(database_url: str) -> list[str]:
    db = open_database(database_url)
    try:
        with db.engine.connect() as conn:
            query = sa.select(audit_log.c.target).order_by(audit_log.c.id)
            return [row.target for row in conn.execute(query)]
    finally:
        db.dispose()


STRICT = {"chat_address_burst": 3, "chat_address_messages_per_minute": 1}


async def test_behind_nginx_each_client_has_its_own_limits(tmp_path):
    settings = app_settings(tmp_path, proxies_count=1, **STRICT)
    async with served(settings) as direct:
        with nginx(tmp_path, int(direct.rsplit(":", 1)[1])) as port:
            base, ws = f"https://127.0.0.1:{port}", f"wss://127.0.0.1:{port}"
            # A floods the chat until it is told to wait ...
            flood = await hello(ws + "/chat/ws", A, messages=3)
            assert flood == ["session", "not_ready", "not_ready", "rate_limited"]
            # ... and B, behind the same proxy, still opens a chat.
            assert await hello(ws + "/chat/ws", B) == ["session"]
            # A guesses anna's password; anna on B logs in and gets her live feed.
            async with client(A, tls=True) as guesser:
                tries = [
                    await login(guesser, base, f"fout-{i}-wachtwoord") for i in range(6)
                ]
            assert tries == [401] * 5 + [429]
            async with client(B, tls=True) as anna:
                assert await login(anna, base, PASSWORD) == 200
                cookie = anna.cookie_jar.filter_cookies(base)["vt_staff"].value
                async with websockets.connect(
                    ws + "/api/staff/ws",
                    ssl=_tls(),
                    extra_headers={"Cookie": f"vt_staff={cookie}", "Origin": base},
                ) as feed:
                    first = json.loads(await asyncio.wait_for(feed.recv(), 10))
                assert first["type"] == "queue"
                # The body limit holds at nginx already.
                async with anna.post(
                    base + "/webhooks/rest/webhook", data=b"x" * 100_000
                ) as big:
                    assert big.status == 413
    assert audit_targets(settings.effective_database_url) == (
        [f"adres {A}"] * 6 + [f"adres {B}"]
    )


@pytest.mark.parametrize("proxies", [0, 1], ids=["no proxy set", "proxy set"])
async def test_a_client_cannot_name_its_own_address(tmp_path, proxies):
    """Talking to the app directly, a forged X-Forwarded-For changes nothing."""
    settings = app_settings(tmp_path, proxies_count=proxies)
    async with served(settings) as base, client(A) as guesser:
        tries = [
            await login(
                guesser,
                base,
                f"fout-{i}-wachtwoord",
                headers={"X-Forwarded-For": f"10.0.0.{i}", "X-Real-IP": "10.9.9.9"},
            )
            for i in range(6)
        ]
    assert tries == [401] * 5 + [429]
    assert set(audit_targets(settings.effective_database_url)) == {f"adres {A}"}


async def test_through_nginx_a_forged_header_is_replaced(tmp_path):
    settings = app_settings(tmp_path, proxies_count=1)
    async with served(settings) as direct:
        with nginx(tmp_path, int(direct.rsplit(":", 1)[1])) as port:
            async with client(A, tls=True) as guesser:
                status = await login(
                    guesser,
                    f"https://127.0.0.1:{port}",
                    "fout-wachtwoord-1",
                    headers={"X-Forwarded-For": "10.0.0.1"},
                )
    assert status == 401
    assert audit_targets(settings.effective_database_url) == [f"adres {A}"]


def test_proxy_settings_are_read_and_checked():
    settings = Settings.from_env(
        {"VT_PROXIES_COUNT": "1", "VT_TRUSTED_PROXIES": "10.0.0.0/8, ::1"}
    )
    assert settings.behind_proxy and len(settings.trusted_proxy_networks) == 2
    assert not Settings.from_env({}).behind_proxy
    for bad in (
        {"VT_PROXIES_COUNT": "-1"},
        {"VT_TRUSTED_PROXIES": "nginx.local"},
        {"VT_PROXIES_COUNT": "1", "VT_TRUSTED_PROXIES": ""},
    ):
        with pytest.raises(SettingsError):
            Settings.from_env(bad)


@pytest.mark.parametrize(
    ("setting", "header"),
    [
        ({"proxies_count": 1}, {"X-Forwarded-For": "10.1.1.1"}),
        ({"real_ip_header": "X-Real-IP"}, {"X-Real-IP": "10.1.1.1"}),
        (
            {"forwarded_secret": "afgesproken"},
            {"Forwarded": "for=10.1.1.1;secret=afgesproken"},
        ),
    ],
    ids=["X-Forwarded-For", "X-Real-IP", "Forwarded with secret"],
)
async def test_a_trusted_proxy_names_the_client(tmp_path, setting, header):
    """From 127.0.0.1 (a trusted proxy by default) each kind of header counts."""
    settings = app_settings(tmp_path, **setting)
    async with served(settings) as base, client("127.0.0.1") as proxy:
        assert await login(proxy, base, "fout-wachtwoord-1", headers=header) == 401
        if "Forwarded" in header:  # a wrong secret is no proxy of ours
            forged = {"Forwarded": "for=10.2.2.2;secret=geraden"}
            assert await login(proxy, base, "fout-wachtwoord-2", headers=forged) == 401
    expected = ["adres 10.1.1.1"] + (
        ["adres 127.0.0.1"] if "Forwarded" in header else []
    )
    assert audit_targets(settings.effective_database_url) == expected
