"""Chat session tokens: the chatter's secret that maps to a conversation id."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timezone

import sqlalchemy as sa

from bot.store.db import Database, chat_sessions


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SessionStore:
    """Creates and resolves session tokens; only token hashes are stored."""

    def __init__(self, db: Database) -> None:
        self.db = db

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
        """The conversation id of a token, or None when the token is unknown."""
        if not token or len(token) > 128:
            return None
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(chat_sessions.c.conversation_id).where(
                    chat_sessions.c.token_hash == _hash(token)
                )
            ).first()
            if row is None:
                return None
            conn.execute(
                chat_sessions.update()
                .where(chat_sessions.c.token_hash == _hash(token))
                .values(last_seen=datetime.now(timezone.utc))
            )
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
