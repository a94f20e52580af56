"""Login throttling under attack (issue 15, item 4), on real SQLite and PostgreSQL.

A guesser's burst must cost at most the limit in argon2 checks, its failures must
not lock out the real worker on another address, only a few checks may run at
once, and every login shows up in the audit log without the password.
"""

from __future__ import annotations

import asyncio
import collections
import os
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa

from bot.staff import LoginKeys, LoginThrottle, StaffAccounts
from bot.store import open_database
from bot.store.db import audit_log, login_failures, metadata
from tests.support.cli import vtchat
from tests.support.inproc import app_settings, served
from tests.support.staff import PASSWORD

LOGIN = "/api/auth/login"


@pytest.fixture()
def empty_database(database_url):
    """A database URL whose tables are empty (PostgreSQL's is shared)."""
    db = open_database(database_url)
    with db.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
    db.dispose()
    return database_url


@pytest.fixture()
def counted_checks(monkeypatch):
    """Count every argon2 check per user name, and the most at once."""
    checks: collections.Counter[str] = collections.Counter()
    in_flight = {"now": 0, "most": 0}
    lock = threading.Lock()
    verify = StaffAccounts.verify

    def counting(self: StaffAccounts, username: str, password: str) -> Any:
        with lock:
            checks[username.strip().lower()] += 1
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])
        try:
            # Long enough that checks which may overlap do overlap.
            time.sleep(0.05)
            return verify(self, username, password)
        finally:
            with lock:
                in_flight["now"] -= 1

    monkeypatch.setattr(StaffAccounts, "verify", counting)
    return checks, in_flight


async def _login(
    base: str, username: str, password: str, source: str = "127.0.0.1"
) -> int:
    """One login from the local address ``source`` (127.0.0.x are all ours)."""
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with (
        aiohttp.ClientSession(connector=connector) as session,
        session.post(
            base + LOGIN, json={"username": username, "password": password}
        ) as response,
    ):
        await response.read()
        return response.status


def _audit(database_url: str) -> list[dict[str, Any]]:
    db = open_database(database_url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id))
            return [dict(row._mapping) for row in rows]
    finally:
        db.dispose()


async def test_a_burst_of_wrong_logins_costs_five_checks_and_the_worker_gets_in(
    tmp_path, empty_database, counted_checks
):
    checks, _ = counted_checks
    settings = app_settings(tmp_path, database_url=empty_database)
    async with served(settings) as base:
        burst = await asyncio.gather(
            *(_login(base, "anna", f"geraden-wachtwoord-{i}") for i in range(200))
        )
        guessed = checks["anna"]
        assert guessed <= 5
        assert sorted(set(burst)) == [401, 429] and burst.count(401) == guessed
        # The same name from the guesser's address stays locked, right or not ...
        assert await _login(base, "anna", PASSWORD) == 429
        # ... but the real worker, on another address, logs in.
        assert await _login(base, "anna", PASSWORD, source="127.0.0.2") == 200
    entries = _audit(empty_database)
    actions = collections.Counter(e["action"] for e in entries)
    assert actions["login_failed"] == guessed
    assert actions["login_throttled"] >= 1
    (login,) = [e for e in entries if e["action"] == "login"]
    assert login["username"] == "anna" and login["target"] == "adres 127.0.0.2"
    assert not any("geraden" in str(e) or PASSWORD in str(e) for e in entries)


async def test_an_address_has_more_room_but_not_unlimited_names(
    tmp_path, empty_database, counted_checks
):
    """One address trying many names is stopped by the address limit (4 x 5)."""
    checks, _ = counted_checks
    settings = app_settings(tmp_path, database_url=empty_database)
    async with served(settings) as base:
        names = [f"naam{i}" for i in range(30)]
        statuses = [await _login(base, name, "geraden-wachtwoord") for name in names]
        # Past the address limit the body is not even read: garbage gets 429 too.
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                base + LOGIN,
                data=b"{ geen json",
                headers={"Content-Type": "application/json"},
            ) as response,
        ):
            garbage = response.status
        other_address = await _login(base, "bert", PASSWORD, source="127.0.0.3")
    assert statuses[:20] == [401] * 20 and set(statuses[20:]) == {429}
    assert sum(n for name, n in checks.items() if name.startswith("naam")) == 20
    assert garbage == 429
    assert other_address == 200


async def test_at_most_two_password_checks_run_at_once(
    tmp_path, empty_database, counted_checks
):
    """Parallel logins from many addresses queue for two argon2 slots."""
    checks, in_flight = counted_checks
    settings = app_settings(tmp_path, database_url=empty_database)
    async with served(settings) as base:
        statuses = await asyncio.gather(
            *(_login(base, "bert", PASSWORD, source=f"127.0.1.{i}") for i in range(12))
        )
    assert statuses == [200] * 12 and checks["bert"] == 12
    assert in_flight["most"] <= 2  # LoginThrottle.VERIFY_SLOTS


async def test_unknown_names_are_audited_without_the_name(tmp_path, empty_database):
    """Someone typing a password into the name field: it must not be stored."""
    settings = app_settings(tmp_path, database_url=empty_database)
    async with served(settings) as base:
        assert await _login(base, "Mijn-Geheime-Zin-99", "x" * 14) == 401
        assert await _login(base, "anna", "verkeerd-wachtwoord") == 401
    entries = _audit(empty_database)
    assert [(e["username"], e["action"]) for e in entries] == [
        ("(onbekend)", "login_failed"),
        ("anna", "login_failed"),
    ]
    assert "geheime" not in str(entries).lower()


def test_parallel_processes_share_one_count(empty_database):
    """Two engines (as two server processes) racing on one key: five get through."""
    dbs = [open_database(empty_database) for _ in range(2)]
    throttles = [LoginThrottle(db, max_failures=5) for db in dbs]
    keys = LoginKeys.of("anna", "10.0.0.1")
    start = threading.Barrier(8)
    admitted: list[bool] = []

    def guess(throttle: LoginThrottle) -> None:
        start.wait()
        for _ in range(10):
            admitted.append(throttle.attempt(keys) is not None)

    threads = [
        threading.Thread(target=guess, args=(throttles[i % 2],)) for i in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in dbs:
        db.dispose()
    assert admitted.count(True) == 5


def test_counts_are_stored_as_hashes_and_purged_by_retention(empty_database):
    db = open_database(empty_database)
    throttle = LoginThrottle(db, max_failures=5)
    throttle.attempt(LoginKeys.of("anna", "192.0.2.7"))
    with db.engine.begin() as conn:
        keys = [row.key for row in conn.execute(sa.select(login_failures))]
    assert len(keys) == 2
    assert not any("anna" in k or "192.0.2" in k for k in keys)
    assert throttle.purge() == 0  # still inside the window
    with db.engine.begin() as conn:
        old = datetime.now(timezone.utc) - timedelta(minutes=16)
        conn.execute(login_failures.update().values(at=old))
    env = {**os.environ, "VT_DATABASE_URL": empty_database}
    done = vtchat("retention", env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "deleted 2 login attempts" in done.stdout
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                sa.select(sa.func.count()).select_from(login_failures)
            ).scalar_one()
            == 0
        )
    db.dispose()
