"""Handoff requests: a conversation that needs a Veilig Thuis worker."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from bot.store.db import Database, handoff_requests

PRIORITY = {"acuut": 0, "hoog": 1, "verhoogd": 2, "geen": 3}


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
                    handoff_requests.c.status == "open",
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
        with self.db.engine.begin() as conn:
            rows = conn.execute(
                sa.select(handoff_requests)
                .where(handoff_requests.c.status == "open")
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
        created_at=row.created_at,
    )
