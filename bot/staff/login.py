"""Staff login: the throttle, the cap on password checks in flight, the audit.

A guesser's failures must never lock a real worker out, so the tight limit is per
user name *from one address*; a looser limit per address stops one address from
trying many names. Every attempt is counted before its password is checked, in
one database transaction that other server processes wait for, so a burst of
parallel requests gets no more checks than the limit allows. Argon2 costs tens of
milliseconds of CPU each, so only a few run at a time per process; the rest wait
briefly or are told to try again. Only hashes of names and addresses are stored,
and only for the throttle window.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.staff.accounts import StaffAccounts, StaffUser
from bot.store.db import Database, login_failures, staff_users
from bot.store.review import AuditLog

THROTTLE_WINDOW = timedelta(minutes=15)
UNKNOWN_USER = "(onbekend)"  # what the audit log shows for a name with no account


def _digest(kind: str, *parts: str) -> str:
    """A throttle key that does not show the name or address it counts."""
    joined = "\x00".join(parts).encode("utf-8")
    return f"{kind}:{hashlib.sha256(joined).hexdigest()}"


@dataclass(frozen=True)
class LoginKeys:
    """What one login attempt counts against.

    The name from this address, and the address itself.
    """

    name_from_address: str
    address: str

    @classmethod
    def of(cls, username: str, address: str) -> LoginKeys:
        """The keys of a login for ``username`` (as typed) from ``address``."""
        name = username.strip().lower()[:64]
        return cls(_digest("name@addr", name, address), _digest("addr", address))


@dataclass(frozen=True)
class LoginResult:
    """A verified user, or the error code the API answers with."""

    user: StaffUser | None = None
    refusal: str | None = None  # "too_many_attempts", "busy" or "login_failed"


class LoginThrottle:
    """Counts login attempts per (name, address) and per address, and gates them.

    Stored in the database so that several server processes share the counts.
    An address gets more room than a name from it (ADDRESS_FACTOR times): a whole
    office shares one address, and its night shift must not lock each other out.
    """

    ADDRESS_FACTOR = 4
    VERIFY_SLOTS = 2  # argon2 checks at once in one process (we have two cores)
    SLOT_WAIT_S = 5.0  # longer than that in the queue: "try again shortly"
    AUDIT_THROTTLED_EVERY_S = 60.0  # one audit entry a minute per blocked key

    def __init__(
        self,
        db: Database,
        max_failures: int,
        audit: AuditLog | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.max_failures = max_failures
        self.audit = audit or AuditLog(db)
        self.clock = clock
        self._slots = asyncio.Semaphore(self.VERIFY_SLOTS)
        self._throttle_audited: dict[str, float] = {}

    # -- the login flow -----------------------------------------------------------

    async def login(
        self, accounts: StaffAccounts, username: str, password: str, address: str
    ) -> LoginResult:
        """Count, then verify (off the event loop, few at a time), then audit.

        Never logs or audits the password; the user name goes into the audit log
        only when such an account exists (a password typed into the name field
        must not end up there).
        """
        keys = LoginKeys.of(username, address)
        attempt = self.attempt(keys)
        if attempt is None:
            self._audit_throttled(keys, username, address)
            return LoginResult(refusal="too_many_attempts")
        try:
            await asyncio.wait_for(self._slots.acquire(), self.SLOT_WAIT_S)
        except asyncio.TimeoutError:
            self.forget(attempt)  # never checked: it must not count against anyone
            return LoginResult(refusal="busy")
        try:
            loop = asyncio.get_running_loop()
            # argon2 takes tens of milliseconds of CPU: keep it off the chat's loop.
            user = await loop.run_in_executor(None, accounts.verify, username, password)
        finally:
            self._slots.release()
        if user is None:
            self.audit.write(
                self._known(username), "-", "login_failed", _target(address)
            )
            return LoginResult(refusal="login_failed")
        self.succeeded(keys, attempt)
        self.audit.write(user.username, user.role, "login", _target(address))
        return LoginResult(user=user)

    def address_blocked(self, address: str) -> bool:
        """True when the address alone has used up its attempts.

        A cheap check that runs before the request body is even parsed.
        """
        key = LoginKeys.of("", address).address
        with self.db.engine.connect() as conn:
            return self._count(conn, key, _now()) >= self._limit(key)

    # -- the counts ---------------------------------------------------------------

    def attempt(self, keys: LoginKeys) -> list[int] | None:
        """Count one attempt for each key, or None when a key is at its limit.

        Counting and recording happen in one transaction that every other
        attempt on the same keys waits for (an advisory lock on PostgreSQL, the
        write lock on SQLite), so parallel requests cannot all see room for one
        more. Returns the ids of the recorded rows.
        """
        now = _now()
        names = (keys.name_from_address, keys.address)
        with self.db.engine.begin() as conn:
            self._lock(conn, names)
            # Also takes SQLite's write lock before the counts are read.
            conn.execute(
                login_failures.delete().where(
                    login_failures.c.at < now - THROTTLE_WINDOW
                )
            )
            if any(self._count(conn, k, now) >= self._limit(k) for k in names):
                return None
            return [
                conn.execute(
                    login_failures.insert().values(key=key, at=now)
                ).inserted_primary_key[0]
                for key in names
            ]

    def succeeded(self, keys: LoginKeys, attempt: Sequence[int]) -> None:
        """A right password: the name's count from this address starts over.

        This attempt no longer counts against the address either.
        """
        with self.db.engine.begin() as conn:
            conn.execute(
                login_failures.delete().where(
                    sa.or_(
                        login_failures.c.key == keys.name_from_address,
                        login_failures.c.id.in_(list(attempt)),
                    )
                )
            )

    def forget(self, attempt: Sequence[int]) -> None:
        """Take back an attempt whose password was never checked."""
        with self.db.engine.begin() as conn:
            conn.execute(
                login_failures.delete().where(login_failures.c.id.in_(list(attempt)))
            )

    def purge(self) -> int:
        """Delete the counts past the window (also run by ``vtchat retention``)."""
        with self.db.engine.begin() as conn:
            result = conn.execute(
                login_failures.delete().where(
                    login_failures.c.at < _now() - THROTTLE_WINDOW
                )
            )
        return int(result.rowcount or 0)

    def _limit(self, key: str) -> int:
        if key.startswith("addr:"):
            return self.max_failures * self.ADDRESS_FACTOR
        return self.max_failures

    @staticmethod
    def _count(conn: Connection, key: str, now: datetime) -> int:
        return int(
            conn.execute(
                sa.select(sa.func.count()).where(
                    login_failures.c.key == key,
                    login_failures.c.at >= now - THROTTLE_WINDOW,
                )
            ).scalar_one()
        )

    @staticmethod
    def _lock(conn: Connection, keys: Sequence[str]) -> None:
        """Serialise attempts on these keys across processes (PostgreSQL).

        Sorted, so two attempts that share keys take the locks in one order and
        cannot deadlock; released when the transaction ends.
        """
        if conn.dialect.name != "postgresql":
            return
        for key in sorted(keys):
            lock_id = int.from_bytes(
                hashlib.sha256(key.encode()).digest()[:8], "big", signed=True
            )
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})

    # -- the audit ----------------------------------------------------------------

    def _known(self, username: str) -> str:
        """The name if it is an account's, else a placeholder."""
        name = username.strip().lower()[:64]
        with self.db.engine.connect() as conn:
            found = conn.execute(
                sa.select(staff_users.c.username).where(staff_users.c.username == name)
            ).first()
        return name if found else UNKNOWN_USER

    def _audit_throttled(self, keys: LoginKeys, username: str, address: str) -> None:
        """Audit a refused attempt, once a minute per key.

        A flood of refusals must not flood the audit log as well.
        """
        now = self.clock()
        last = self._throttle_audited.get(keys.name_from_address)
        if last is not None and now - last < self.AUDIT_THROTTLED_EVERY_S:
            return
        if len(self._throttle_audited) > 10_000:
            self._throttle_audited.clear()
        self._throttle_audited[keys.name_from_address] = now
        self.audit.write(
            self._known(username), "-", "login_throttled", _target(address)
        )


def _target(address: str) -> str:
    return f"adres {address}"


def _now() -> datetime:
    return datetime.now(timezone.utc)
