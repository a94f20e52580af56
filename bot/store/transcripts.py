"""Read and delete stored conversations in Rasa's own ``events`` table.

Review lists and retention work on many conversations at once; going through
Rasa's tracker store would load each tracker in full. Rasa 3.6's SQL tracker
store keeps one row per event (``sender_id``, ``type_name``, ``timestamp`` as
epoch seconds, ``data`` as the event's JSON), which is all these queries need.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from bot.store.db import Database, chat_sessions, handoff_requests
from bot.store.erasure import erase_conversation
from bot.store.handoff import ACTIVE

events = sa.table(
    "events",
    sa.column("id", sa.Integer),
    sa.column("sender_id", sa.String),
    sa.column("type_name", sa.String),
    sa.column("timestamp", sa.Float),
    sa.column("data", sa.Text),
)
# Event types a transcript, a conversation summary or an intake reads (a worker
# taking over or giving back ends a pending intake question).
TRANSCRIPT_TYPES = ("user", "bot", "slot", "pause", "resume")
CHUNK = 500  # ids per IN (...) clause


@dataclass(frozen=True)
class StoredConversation:
    """When a stored conversation started and last changed."""

    conversation_id: str
    started: datetime
    last: datetime


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _moment(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, tz=timezone.utc)


class Transcripts:
    """Conversations as Rasa stored them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._has_events = False

    def _ready(self) -> bool:
        # Rasa creates the table when its tracker store first connects (and
        # retention never drops it), so once seen it need not be looked up again.
        if not self._has_events:
            self._has_events = sa.inspect(self.db.engine).has_table("events")
        return self._has_events

    def started_between(
        self, start: datetime | None, end: datetime | None
    ) -> list[StoredConversation]:
        """Conversations whose first event lies in ``[start, end)``, newest first."""
        if not self._ready():
            return []
        first = sa.func.min(events.c.timestamp)
        query = sa.select(
            events.c.sender_id, first, sa.func.max(events.c.timestamp)
        ).group_by(events.c.sender_id)
        if start is not None:
            query = query.having(first >= _epoch(start))
        if end is not None:
            query = query.having(first < _epoch(end))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query.order_by(first.desc())).all()
        return [StoredConversation(r[0], _moment(r[1]), _moment(r[2])) for r in rows]

    def latest_event_ids(self, conversation_ids: Sequence[str]) -> dict[str, int]:
        """The newest event id per conversation (absent: nothing stored yet).

        Event ids only grow, so an unchanged id means an unchanged conversation:
        a cheap test before reading the events again.
        """
        rows = self._rows_for(
            conversation_ids,
            lambda ids: (
                sa.select(events.c.sender_id, sa.func.max(events.c.id))
                .where(events.c.sender_id.in_(ids))
                .group_by(events.c.sender_id)
            ),
        )
        return {sender: int(latest) for sender, latest in rows}

    def events_of(self, conversation_ids: Sequence[str]) -> dict[str, list[dict]]:
        """User, bot and slot events (as dicts) per conversation, oldest first."""
        out: dict[str, list[dict[str, Any]]] = {cid: [] for cid in conversation_ids}
        rows = self._rows_for(
            conversation_ids,
            lambda ids: (
                sa.select(events.c.sender_id, events.c.data)
                .where(
                    events.c.sender_id.in_(ids),
                    events.c.type_name.in_(TRANSCRIPT_TYPES),
                )
                .order_by(events.c.id)
            ),
        )
        for sender, data in rows:
            out[sender].append(json.loads(data))
        return out

    def _rows_for(
        self, conversation_ids: Sequence[str], query: Callable[[list[str]], Any]
    ) -> list[Any]:
        """Rows of ``query(ids)`` over the ids in chunks (IN lists stay short)."""
        if not conversation_ids or not self._ready():
            return []
        ids = list(conversation_ids)
        rows: list[Any] = []
        with self.db.engine.connect() as conn:
            for i in range(0, len(ids), CHUNK):
                rows += conn.execute(query(ids[i : i + CHUNK])).all()
        return rows

    def delete(self, conversation_id: str) -> int:
        """Delete the conversation and all that names it, except advice records.

        See :func:`bot.store.erasure.erase_conversation`; returns the number of
        events deleted.
        """
        with self.db.engine.begin() as conn:
            return erase_conversation(conn, conversation_id)

    def delete_older_than(self, cutoff: datetime) -> dict[str, int]:
        """Delete conversations untouched since ``cutoff`` that are not live.

        Live means: an event at or after the cutoff, an open or claimed handoff
        request, or a chat session seen at or after the cutoff. Each conversation
        is deleted in its own transaction whose condition is checked again inside
        it, so a chatter who comes back during the run keeps the conversation.
        Everything else that names it goes too (``erase_conversation``).

        Returns:
            Deleted event counts per conversation id.
        """
        if not self._ready():
            return {}
        deleted: dict[str, int] = {}
        for stored in self.started_between(None, None):
            if stored.last >= cutoff:
                continue
            with self.db.engine.begin() as conn:
                if _is_live(conn, stored.conversation_id, cutoff):
                    continue
                count = erase_conversation(conn, stored.conversation_id)
            deleted[stored.conversation_id] = count
        return deleted


def _is_live(conn: Any, conversation_id: str, cutoff: datetime) -> bool:
    recent = conn.execute(
        sa.select(sa.func.count())
        .select_from(events)
        .where(
            events.c.sender_id == conversation_id,
            events.c.timestamp >= _epoch(cutoff),
        )
    ).scalar_one()
    handoff = conn.execute(
        sa.select(sa.func.count())
        .select_from(handoff_requests)
        .where(
            handoff_requests.c.conversation_id == conversation_id,
            handoff_requests.c.status.in_(ACTIVE),
        )
    ).scalar_one()
    session = conn.execute(
        sa.select(sa.func.count())
        .select_from(chat_sessions)
        .where(
            chat_sessions.c.conversation_id == conversation_id,
            chat_sessions.c.last_seen >= cutoff,
        )
    ).scalar_one()
    return bool(recent or handoff or session)
