"""Staff accounts, sessions and login throttling on real SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from bot.staff import (
    AccountError,
    LoginKeys,
    LoginThrottle,
    StaffAccounts,
    StaffSessions,
)
from bot.store import open_database
from tests.conftest import ROOT

# Cheap hashing parameters: the tests check behaviour, not argon2's cost.
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def test_passwords_are_stored_as_argon2_and_verified(db):
    accounts = StaffAccounts(db, FAST)
    accounts.add("Anna", "medewerker", "een-lang-wachtwoord")
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM vt_staff_users"
        ).scalar_one()
    assert stored.startswith("$argon2id$") and "een-lang" not in stored
    user = accounts.verify("anna", "een-lang-wachtwoord")
    assert user is not None and (user.username, user.role) == ("anna", "medewerker")
    assert accounts.verify("anna", "verkeerd-wachtwoord") is None
    assert accounts.verify("onbekend", "een-lang-wachtwoord") is None


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("a", "medewerker", "een-lang-wachtwoord", "user name"),
        ("anna smit", "medewerker", "een-lang-wachtwoord", "user name"),
        ("anna", "admin", "een-lang-wachtwoord", "role"),
        ("anna", "medewerker", "kort", "at least 12"),
    ],
)
def test_bad_accounts_are_refused_with_the_reason(db, name, role, password, message):
    with pytest.raises(AccountError, match=message):
        StaffAccounts(db, FAST).add(name, role, password)


def test_duplicate_user_is_refused(db):
    accounts = StaffAccounts(db, FAST)
    accounts.add("anna", "medewerker", "een-lang-wachtwoord")
    with pytest.raises(AccountError, match="already exists"):
        accounts.add("ANNA", "reviewer", "een-lang-wachtwoord")


def test_sessions_resolve_expire_and_end(db):
    user = StaffAccounts(db, FAST).add("anna", "medewerker", "een-lang-wachtwoord")
    sessions = StaffSessions(db, timedelta(minutes=5))
    token, session = sessions.start(user)
    assert sessions.resolve(token) == session
    assert session.csrf_ok(session.csrf_token)
    assert not session.csrf_ok(None) and not session.csrf_ok("other")
    with db.engine.connect() as conn:
        hashes = list(
            conn.exec_driver_sql("SELECT token_hash FROM vt_staff_sessions").scalars()
        )
    assert token not in hashes
    sessions.end(token)
    assert sessions.resolve(token) is None
    expired = StaffSessions(db, timedelta(seconds=-1))
    old_token, _ = expired.start(user)
    assert expired.resolve(old_token) is None


def test_throttle_counts_names_per_address_and_gives_addresses_more_room(db):
    throttle = LoginThrottle(db, max_failures=3)
    anna_here = LoginKeys.of("anna", "10.0.0.1")
    assert all(throttle.attempt(anna_here) for _ in range(3))
    assert throttle.attempt(anna_here) is None
    # Another address is not held back by this one's failures for the name.
    assert throttle.attempt(LoginKeys.of("anna", "10.0.0.2"))
    assert throttle.attempt(LoginKeys.of("bert", "10.0.0.1"))
    for i in range(8):  # the address's room: 4 x 3 attempts, whatever the names
        assert throttle.attempt(LoginKeys.of(f"x{i}", "10.0.0.1"))
    assert throttle.attempt(LoginKeys.of("carl", "10.0.0.1")) is None


def _users_add(var_dir: Path, name: str, role: str, password: str):
    return subprocess.run(
        [
            str(Path(sys.executable).parent / "vtchat"),
            *("users", "add", name, "--role", role, "--password-stdin"),
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
        env={"PATH": str(Path(sys.executable).parent), "VT_VAR_DIR": str(var_dir)},
        cwd=ROOT,
        timeout=60,
    )


def test_cli_adds_a_user_from_stdin(tmp_path):
    ok = _users_add(tmp_path, "Anna", "beheerder", "een-lang-wachtwoord")
    assert ok.returncode == 0 and "anna (beheerder)" in ok.stdout
    short = _users_add(tmp_path, "bert", "medewerker", "kort")
    assert short.returncode == 2 and "at least 12" in short.stderr
    db = open_database(f"sqlite:///{tmp_path / 'vtchat.db'}")
    assert StaffAccounts(db).verify("anna", "een-lang-wachtwoord") is not None
    db.dispose()
