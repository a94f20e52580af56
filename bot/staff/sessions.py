"""Staff login sessions (cookie token + CSRF token); throttling is in login.py."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from bot.staff.accounts import HANDOFF_ROLES, StaffUser
from bot.store.db import Database, staff_sessions, staff_users


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StaffSession:
    """A logged-in staff member."""

    username: str
    role: str
    csrf_token: str

    def csrf_ok(self, header: str | None) -> bool:
        """True when a request carries this session's CSRF token."""
        return bool(header) and hmac.compare_digest(header or "", self.csrf_token)


class StaffSessions:
    """Creates, resolves and ends staff sessions; only token hashes are stored."""

    def __init__(self, db: Database, lifetime: timedelta) -> None:
        self.db = db
        self.lifetime = lifetime

    def start(self, user: StaffUser) -> tuple[str, StaffSession]:
        """A new session: the cookie value and the session (with its CSRF token)."""
        token = secrets.token_urlsafe(32)
        session = StaffSession(user.username, user.role, secrets.token_urlsafe(32))
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            conn.execute(
                staff_sessions.insert().values(
                    token_hash=_hash(token),
                    username=user.username,
                    role=user.role,
                    csrf_token=session.csrf_token,
                    created_at=now,
                    expires_at=now + self.lifetime,
                )
            )
        return token, session

    def resolve(self, token: str | None) -> StaffSession | None:
        """The session of a cookie value, or None when unknown or expired.

        None too when the account is disabled: disabling deletes the sessions,
        and the join also refuses one that a login racing the disable created.
        """
        if not token or len(token) > 128:
            return None
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(staff_sessions)
                .join(staff_users, staff_users.c.username == staff_sessions.c.username)
                .where(
                    staff_sessions.c.token_hash == _hash(token),
                    staff_users.c.disabled_at.is_(None),
                )
            ).first()
        if row is None:
            return None
        expires = row.expires_at
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=timezone.utc)
        if expires <= datetime.now(timezone.utc):
            self.end(token)
            return None
        return StaffSession(row.username, row.role, row.csrf_token)

    def end(self, token: str) -> None:
        """Log out: the cookie value stops working at once."""
        with self.db.engine.begin() as conn:
            conn.execute(
                staff_sessions.delete().where(
                    staff_sessions.c.token_hash == _hash(token)
                )
            )


def workers_logged_in(db: Database, now: datetime | None = None) -> int:
    """How many people who can take a chat have an unexpired session now.

    A session lasts a shift (VT_STAFF_SESSION_MINUTES) unless its owner logs
    out, so this counts who is logged in, not who is looking at the console.
    """
    moment = now or datetime.now(timezone.utc)
    with db.engine.begin() as conn:
        count = conn.execute(
            sa.select(sa.func.count(sa.distinct(staff_sessions.c.username)))
            .join(staff_users, staff_users.c.username == staff_sessions.c.username)
            .where(
                staff_sessions.c.expires_at > moment,
                staff_sessions.c.role.in_(HANDOFF_ROLES),
                staff_users.c.disabled_at.is_(None),
            )
        ).scalar_one()
    return int(count)
