"""Handoff requests: a conversation that needs a Veilig Thuis worker."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa

from bot.store.db import Database, handoff_requests

PRIORITY = {"acuut": 0, "hoog": 1, "verhoogd": 2, "geen": 3}
ACTIVE = ("open", "claimed")  # a worker is wanted or is there


class HandoffConflict(RuntimeError):
    """The request or conversation is not in the state the change needs."""


class NotYours(HandoffConflict):
    """Another worker has taken this conversation over."""


@dataclass(frozen=True)
class HandoffRequest:
    """One open or closed request, as stored."""

    id: str
    conversation_id: str
    level: str
    indicators: tuple[str, ...]
    reason: str
    audience: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    released_at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        """The request as the queue and the transcript's handoff timeline show it."""
        return {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "level": self.level,
            "indicators": list(self.indicators),
            "reason": self.reason,
            "audience": self.audience,
            "status": self.status,
            "waiting_since": self.created_at.isoformat(),
            "claimed_by": self.claimed_by,
            "claimed_at": _iso(self.claimed_at),
            "released_at": _iso(self.released_at),
        }


class HandoffStore:
    """Stores handoff requests; one open request per conversation."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def request(
        self,
        conversation_id: str,
        level: str,
        indicators: Sequence[str],
        reason: str,
        audience: str | None = None,
    ) -> HandoffRequest:
        """Open a request, or raise the open one to a higher level.

        A second danger message must not create a second queue item, but a
        conversation that turns acute must move to the front of the queue.
        """
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(handoff_requests).where(
                    handoff_requests.c.conversation_id == conversation_id,
                    handoff_requests.c.status.in_(ACTIVE),
                )
            ).first()
            if row is None:
                request_id = uuid.uuid4().hex
                conn.execute(
                    handoff_requests.insert().values(
                        id=request_id,
                        conversation_id=conversation_id,
                        level=level,
                        priority=PRIORITY[level],
                        indicators=list(indicators),
                        reason=reason,
                        audience=audience,
                        status="open",
                        created_at=now,
                        updated_at=now,
                    )
                )
            else:
                request_id = row.id
                merged = list(dict.fromkeys([*row.indicators, *indicators]))
                values: dict[str, object] = {"indicators": merged, "updated_at": now}
                if PRIORITY[level] < row.priority:
                    values.update(level=level, priority=PRIORITY[level], reason=reason)
                conn.execute(
                    handoff_requests.update()
                    .where(handoff_requests.c.id == request_id)
                    .values(**values)
                )
        return self.get(request_id)

    def get(self, request_id: str) -> HandoffRequest:
        """One request by id (KeyError when unknown)."""
        with self.db.engine.begin() as conn:
            row = conn.execute(
                sa.select(handoff_requests).where(handoff_requests.c.id == request_id)
            ).first()
        if row is None:
            raise KeyError(request_id)
        return _from_row(row)

    def open_requests(self) -> list[HandoffRequest]:
        """Open requests, most urgent first, then longest waiting."""
        return self._select(handoff_requests.c.status == "open")

    def claimed_by(self, worker: str) -> list[HandoffRequest]:
        """The conversations a worker has taken over and not released."""
        return self._select(
            handoff_requests.c.status == "claimed",
            handoff_requests.c.claimed_by == worker,
        )

    def active(self, conversation_id: str) -> HandoffRequest | None:
        """The open or claimed request of a conversation, if any."""
        found = self._select(
            handoff_requests.c.conversation_id == conversation_id,
            handoff_requests.c.status.in_(ACTIVE),
        )
        return found[0] if found else None

    def history(self, conversation_id: str) -> list[HandoffRequest]:
        """Every request a conversation ever had, oldest first."""
        with self.db.engine.begin() as conn:
            rows = conn.execute(
                sa.select(handoff_requests)
                .where(handoff_requests.c.conversation_id == conversation_id)
                .order_by(handoff_requests.c.created_at)
            ).all()
        return [_from_row(r) for r in rows]

    def close_all(self, conversation_id: str) -> int:
        """Close the conversation's open or claimed request (the chat was deleted)."""
        now = datetime.now(timezone.utc)
        c = handoff_requests.c
        with self.db.engine.begin() as conn:
            result = conn.execute(
                handoff_requests.update()
                .where(c.conversation_id == conversation_id, c.status.in_(ACTIVE))
                .values(status="closed", updated_at=now, released_at=now)
            )
        return int(result.rowcount or 0)

    def escalated(self, conversation_ids: Sequence[str]) -> set[str]:
        """The conversations among these that ever had a handoff request."""
        c = handoff_requests.c
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(c.conversation_id)
                .where(c.conversation_id.in_(list(conversation_ids)))
                .distinct()
            ).all()
        return {row[0] for row in rows}

    def claim(self, request_id: str, worker: str) -> HandoffRequest:
        """Give an open request to one worker; everyone after gets HandoffConflict.

        A single conditional UPDATE decides, so two workers (or two processes on
        PostgreSQL) clicking at once cannot both win.
        """
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            won = conn.execute(
                handoff_requests.update()
                .where(
                    handoff_requests.c.id == request_id,
                    handoff_requests.c.status == "open",
                )
                .values(
                    status="claimed", claimed_by=worker, claimed_at=now, updated_at=now
                )
            ).rowcount
        if won != 1:
            self.get(request_id)  # KeyError when unknown
            raise HandoffConflict("this request is no longer open")
        return self.get(request_id)

    def unclaim(self, request_id: str, worker: str) -> bool:
        """Put a claim back in the queue, when the bot could not be paused.

        A claim is only complete once the conversation is paused; until then
        the request must not stay with a worker who cannot talk to the chatter.
        """
        c = handoff_requests.c
        with self.db.engine.begin() as conn:
            undone = conn.execute(
                handoff_requests.update()
                .where(
                    c.id == request_id, c.status == "claimed", c.claimed_by == worker
                )
                .values(
                    status="open",
                    claimed_by=None,
                    claimed_at=None,
                    updated_at=datetime.now(timezone.utc),
                )
            ).rowcount
        return bool(undone == 1)

    def release(
        self, conversation_id: str, worker: str, resume_bot: bool
    ) -> HandoffRequest:
        """End a worker's takeover: the bot resumes or the conversation closes."""
        now = datetime.now(timezone.utc)
        current = self.taken_over_by(conversation_id, worker)
        with self.db.engine.begin() as conn:
            conn.execute(
                handoff_requests.update()
                .where(
                    handoff_requests.c.id == current.id,
                    handoff_requests.c.status == "claimed",
                )
                .values(
                    status="released" if resume_bot else "closed",
                    released_at=now,
                    updated_at=now,
                )
            )
        return self.get(current.id)

    def reclaim(self, request_id: str, worker: str) -> bool:
        """Undo a worker's release, when the bot could not be resumed."""
        c = handoff_requests.c
        with self.db.engine.begin() as conn:
            undone = conn.execute(
                handoff_requests.update()
                .where(
                    c.id == request_id,
                    c.status.in_(("released", "closed")),
                    c.claimed_by == worker,
                )
                .values(
                    status="claimed",
                    released_at=None,
                    updated_at=datetime.now(timezone.utc),
                )
            ).rowcount
        return bool(undone == 1)

    def taken_over_by(self, conversation_id: str, worker: str) -> HandoffRequest:
        """The claimed request of a conversation, which must be this worker's.

        Raises:
            NotYours: another worker has the conversation.
            HandoffConflict: nobody has taken the conversation over.
        """
        current = self.active(conversation_id)
        if current is None or current.status != "claimed":
            raise HandoffConflict("this conversation is not taken over")
        if current.claimed_by != worker:
            raise NotYours("another worker has this conversation")
        return current

    def due_for_timeout(self, timeout_s: int) -> list[HandoffRequest]:
        """Open requests waiting longer than the timeout whose chatter is not told."""
        cutoff = datetime.now(timezone.utc) - timedelta(seconds=timeout_s)
        return self._select(
            handoff_requests.c.status == "open",
            handoff_requests.c.created_at <= cutoff,
            handoff_requests.c.timeout_notified_at.is_(None),
        )

    def mark_timeout_notified(self, request_id: str) -> bool:
        """Claim the duty to tell the chatter; True for exactly one process.

        Only while the request is open: a worker who claims it first (one
        conditional UPDATE each, so one of the two wins) means nobody is told
        "nobody is free". The mark is taken back with :meth:`unmark_timeout`
        when the notice could not be sent.
        """
        now = datetime.now(timezone.utc)
        with self.db.engine.begin() as conn:
            done = conn.execute(
                handoff_requests.update()
                .where(
                    handoff_requests.c.id == request_id,
                    handoff_requests.c.status == "open",
                    handoff_requests.c.timeout_notified_at.is_(None),
                )
                .values(timeout_notified_at=now)
            ).rowcount
        return bool(done == 1)

    def unmark_timeout(self, request_id: str) -> None:
        """The notice was not sent after all: a later poll tries again."""
        with self.db.engine.begin() as conn:
            conn.execute(
                handoff_requests.update()
                .where(handoff_requests.c.id == request_id)
                .values(timeout_notified_at=None)
            )

    def is_open(self, request_id: str) -> bool:
        """True while nobody has claimed, released or closed the request."""
        with self.db.engine.connect() as conn:
            status = conn.execute(
                sa.select(handoff_requests.c.status).where(
                    handoff_requests.c.id == request_id
                )
            ).scalar()
        return status == "open"

    def queue_version(self) -> tuple[int, str]:
        """Changes whenever the queue changes (cheap to poll).

        The newest update over all requests, so a request that is opened and
        closed between two polls still changes it.
        """
        with self.db.engine.begin() as conn:
            active = conn.execute(
                sa.select(sa.func.count()).where(handoff_requests.c.status.in_(ACTIVE))
            ).scalar_one()
            newest = conn.execute(
                sa.select(sa.func.max(handoff_requests.c.updated_at))
            ).scalar_one()
        return int(active), str(newest)

    def _select(self, *where: sa.sql.ColumnElement[bool]) -> list[HandoffRequest]:
        with self.db.engine.begin() as conn:
            rows = conn.execute(
                sa.select(handoff_requests)
                .where(*where)
                .order_by(handoff_requests.c.priority, handoff_requests.c.created_at)
            ).all()
        return [_from_row(r) for r in rows]


def _from_row(row: sa.engine.Row) -> HandoffRequest:
    return HandoffRequest(
        id=row.id,
        conversation_id=row.conversation_id,
        level=row.level,
        indicators=tuple(row.indicators),
        reason=row.reason,
        audience=row.audience,
        status=row.status,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        claimed_by=row.claimed_by,
        claimed_at=_utc(row.claimed_at) if row.claimed_at else None,
        released_at=_utc(row.released_at) if row.released_at else None,
    )


def _utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every time in the store is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None
