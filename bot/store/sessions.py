"""Chat session tokens: the chatter's secret that maps to a conversation id."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from bot.store.db import Database, chat_sessions

# A chat not resumed for this long starts afresh (VT_CHAT_IDLE_MINUTES): long
# enough for a chatter interrupted for a night, short enough that a token found
# later on a shared computer opens nothing.
DEFAULT_IDLE = timedelta(hours=24)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SessionStore:
    """Creates and resolves session tokens; only token hashes are stored."""

    def __init__(self, db: Database, idle: timedelta = DEFAULT_IDLE) -> None:
        self.db = db
        self.idle = idle

    def create(self) -> tuple[str, str]:
        """Return a new (token, conversation_id), both unguessable."""
        token = secrets.token_urlsafe(32)
        conversation_id = uuid.uuid4().hex
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            conn.execute(
                chat_sessions.insert().values(
                    token_hash=_hash(token),
                    conversation_id=conversation_id,
                    created_at=now,
                    last_seen=now,
                )
            )
        return token, conversation_id

    def resolve(self, token: str) -> str | None:
        """The conversation id of a token; None when unknown or idle too long.

        A token idle past the limit is deleted, so it can never resume its
        conversation: the chatter starts a new one.
        """
        if not token or len(token) > 128:
            return None
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(
                    chat_sessions.c.conversation_id, chat_sessions.c.last_seen
                ).where(chat_sessions.c.token_hash == _hash(token))
            ).first()
            if row is None:
                return None
            where = chat_sessions.c.token_hash == _hash(token)
            if _aware(row.last_seen) + self.idle <= now:
                conn.execute(chat_sessions.delete().where(where))
                return None
            conn.execute(chat_sessions.update().where(where).values(last_seen=now))
        return str(row.conversation_id)

    def forget(self, token: str) -> None:
        """End a session: the token no longer resumes the conversation."""
        with self.db.engine.begin() as conn:
            conn.execute(
                chat_sessions.delete().where(chat_sessions.c.token_hash == _hash(token))
            )

    def forget_conversation(self, conversation_id: str) -> None:
        """End every session of a conversation (a worker closed it)."""
        with self.db.engine.begin() as conn:
            conn.execute(
                chat_sessions.delete().where(
                    chat_sessions.c.conversation_id == conversation_id
                )
            )


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
