"""What deleting a conversation removes, and handoff requests nobody will answer.

Retention and a chatter's "delete this conversation" remove the same things: every
row that names the conversation, in one transaction. Only the advice records
stay (what was advised, never what anyone wrote); the audit log keeps who viewed
what and when, with the conversation id replaced by a token that links nowhere.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from bot.store.db import Database, advice_records, audit_log, handoff_requests, metadata
from bot.store.handoff import ACTIVE

events = sa.table(
    "events",
    sa.column("sender_id", sa.String),
    sa.column("type_name", sa.String),
    sa.column("timestamp", sa.Float),
)
# Kept on purpose: their columns hold codes, names of advice and times, no text.
KEPT = frozenset({advice_records.name})
# Audit entries about a deleted conversation keep this prefix and a random tail.
DELETED_TARGET = "verwijderd gesprek "


def erase_conversation(conn: Any, conversation_id: str) -> int:
    """Delete everything stored about one conversation except its advice records.

    Every table of our schema with a ``conversation_id`` column is emptied of
    the conversation (so a table added later is covered without a change here),
    Rasa's events with it. Runs in the caller's transaction.

    Returns:
        The number of Rasa events deleted.
    """
    for table in metadata.sorted_tables:
        if table.name in KEPT or "conversation_id" not in table.c:
            continue
        conn.execute(table.delete().where(table.c.conversation_id == conversation_id))
    _anonymise_audit(conn, conversation_id)
    if not sa.inspect(conn).has_table("events"):
        return 0
    result = conn.execute(events.delete().where(events.c.sender_id == conversation_id))
    return int(result.rowcount or 0)


def _anonymise_audit(conn: Any, conversation_id: str) -> None:
    """Replace the conversation id in the audit log by a token of this deletion.

    The audit log must keep who looked at what and when; the id itself would
    tie those entries to the advice records and, before deletion, to the
    transcript. One random token per deletion keeps the entries of one
    conversation together and links them to nothing else.
    """
    token = DELETED_TARGET + uuid.uuid4().hex[:12]
    conn.execute(
        audit_log.update()
        .where(audit_log.c.target == conversation_id)
        .values(target=token)
    )


def expire_abandoned(db: Database, hours: int, now: datetime) -> list[str]:
    """Close open or claimed requests whose chatter wrote nothing for ``hours``.

    A request stays open until a worker ends it, and retention never deletes a
    conversation with an open request: one a chatter left, and a worker never
    closed, would otherwise be kept for ever. The time is the chatter's last
    message, or the request's creation when the chatter wrote none since.
    Rasa unpauses a chatter who returns later itself: a new session starts.

    Returns:
        The conversation ids whose requests were closed.
    """
    cutoff = now - timedelta(hours=hours)
    c = handoff_requests.c
    closed: list[str] = []
    with db.engine.begin() as conn:
        has_events = sa.inspect(conn).has_table("events")
        candidates = conn.execute(
            sa.select(c.id, c.conversation_id).where(
                c.status.in_(ACTIVE), c.created_at < cutoff
            )
        ).all()
        for request_id, conversation_id in candidates:
            if has_events and _chatter_wrote_since(conn, conversation_id, cutoff):
                continue
            done = conn.execute(
                handoff_requests.update()
                .where(c.id == request_id, c.status.in_(ACTIVE))
                .values(status="closed", updated_at=now, released_at=now)
            ).rowcount
            if done:
                closed.append(conversation_id)
    return closed


def _chatter_wrote_since(conn: Any, conversation_id: str, cutoff: datetime) -> bool:
    found = conn.execute(
        sa.select(sa.func.count())
        .select_from(events)
        .where(
            events.c.sender_id == conversation_id,
            events.c.type_name == "user",
            events.c.timestamp >= cutoff.timestamp(),
        )
    ).scalar_one()
    return bool(found)
