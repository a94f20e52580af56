"""Staff accounts with argon2id password hashes and one role each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.store.db import Database, staff_sessions, staff_users

# medewerker: takes over chats; reviewer: reads transcripts; beheerder: both, and
# the audit log.
ROLES = ("medewerker", "reviewer", "beheerder")
# Roles that take chats from the queue (and so count as a worker who is there).
HANDOFF_ROLES = ("medewerker", "beheerder")
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 12


class AccountError(ValueError):
    """A user name, role or password that cannot be used."""


@dataclass(frozen=True)
class StaffUser:
    """A staff member as the API sees them."""

    username: str
    role: str


class StaffAccounts:
    """Creates staff users and checks their passwords."""

    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()
        # Verified against when the user is unknown, so a wrong name costs as much
        # time as a wrong password and does not reveal which names exist.
        self._decoy = self.hasher.hash("not a real password, only for timing")

    def add(self, username: str, role: str, password: str) -> StaffUser:
        """Create a user (AccountError for a bad name, role or short password)."""
        name = username.strip().lower()
        if not _NAME.match(name):
            raise AccountError(
                "user name: 2-64 characters, lower-case letters, digits, . _ or -"
            )
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"password must have at least {MIN_PASSWORD} characters")
        with self.db.engine.begin() as conn:
            exists = conn.execute(
                sa.select(staff_users.c.username).where(staff_users.c.username == name)
            ).first()
            if exists:
                raise AccountError(f"user {name!r} already exists")
            conn.execute(
                staff_users.insert().values(
                    username=name,
                    password_hash=self.hasher.hash(password),
                    role=role,
                    created_at=datetime.now(timezone.utc),
                )
            )
        return StaffUser(username=name, role=role)

    def disable(self, username: str) -> int:
        """Disable an account and end all its sessions; the number ended.

        One transaction: no request can slip in between with a session that
        outlives the account. Open staff websockets notice within a queue poll.

        Raises:
            AccountError: there is no such user.
        """
        name = username.strip().lower()
        with self.db.engine.begin() as conn:
            self._set_disabled(conn, name, datetime.now(timezone.utc))
            ended = conn.execute(
                staff_sessions.delete().where(staff_sessions.c.username == name)
            ).rowcount
        return int(ended or 0)

    def enable(self, username: str) -> None:
        """Let a disabled account log in again (AccountError when unknown)."""
        with self.db.engine.begin() as conn:
            self._set_disabled(conn, username.strip().lower(), None)

    @staticmethod
    def _set_disabled(
        conn: sa.engine.Connection, name: str, at: datetime | None
    ) -> None:
        found = conn.execute(
            staff_users.update()
            .where(staff_users.c.username == name)
            .values(disabled_at=at)
        ).rowcount
        if found != 1:
            raise AccountError(f"no user {name!r}")

    def verify(self, username: str, password: str) -> StaffUser | None:
        """The user when the password is right, else None (same for unknown users).

        A disabled account gets None after the same check, so its answer and
        its timing are those of a wrong password.
        """
        name = username.strip().lower()
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(staff_users).where(staff_users.c.username == name)
            ).first()
        stored = row.password_hash if row is not None else self._decoy
        try:
            self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None or row.disabled_at is not None:
            return None
        return StaffUser(username=row.username, role=row.role)
