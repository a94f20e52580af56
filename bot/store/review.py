"""Advice records, review annotations, reviewed marks and the audit log.

Plain rows next to Rasa's tracker: the advice records and the audit log hold no
text a chatter typed, so they outlive the transcripts that retention deletes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from bot.store.db import (
    Database,
    advice_records,
    annotation_table,
    audit_log,
    intake_corrections,
    reviews,
)

TAGS = ("gemist_gevaar", "vals_alarm", "fout_advies", "goed", "notitie")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class AdviceRecord:
    """One advice given, by the bot or a worker, at one moment."""

    conversation_id: str
    topic: str
    danger_level: str
    given_by: str  # "bot", "worker" or "formulier" (the guided safety plan)
    channel: str
    given_at: datetime
    advice_id: str | None = None
    advice_version: int | None = None
    audience: str | None = None
    worker: str | None = None
    speaker: str | None = None  # the intake's speaker when the advice was given
    structural_unsafety: bool | None = None  # the intake's signal then

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields, the time in ISO 8601."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["given_at"] = self.given_at.isoformat()
        return out


ADVICE_COLUMNS = tuple(f.name for f in fields(AdviceRecord))


class AdviceRecords:
    """Stores and queries advice records."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, record: AdviceRecord) -> None:
        """Store one record (called the moment the advice is given)."""
        with self.db.engine.begin() as conn:
            conn.execute(advice_records.insert().values(**_record_values(record)))

    def query(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        topic: str | None = None,
        audience: str | None = None,
        conversation_ids: Sequence[str] | None = None,
    ) -> list[AdviceRecord]:
        """Records given in ``[start, end)``, oldest first, optionally filtered."""
        c = advice_records.c
        query = sa.select(advice_records).order_by(c.given_at, c.id)
        if start is not None:
            query = query.where(c.given_at >= start)
        if end is not None:
            query = query.where(c.given_at < end)
        if topic:
            query = query.where(c.topic == topic)
        if audience:
            query = query.where(c.audience == audience)
        if conversation_ids is not None:
            query = query.where(c.conversation_id.in_(list(conversation_ids)))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [_record(row) for row in rows]

    def counts(self, conversation_ids: Sequence[str]) -> dict[str, int]:
        """Number of advice records per conversation."""
        c = advice_records.c
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(c.conversation_id, sa.func.count())
                .where(c.conversation_id.in_(list(conversation_ids)))
                .group_by(c.conversation_id)
            ).all()
        return {row[0]: int(row[1]) for row in rows}


def _record_values(record: AdviceRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in ADVICE_COLUMNS}


def _record(row: Any) -> AdviceRecord:
    values = {name: row[name] for name in ADVICE_COLUMNS}
    values["given_at"] = _aware(values["given_at"])
    return AdviceRecord(**values)


@dataclass(frozen=True)
class IntakeCorrection:
    """A reviewer's value for one intake field of one conversation."""

    conversation_id: str
    field: str
    value: Any
    turns_copy: tuple[str, ...]  # redacted user messages, for the export
    author: str
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields (the copy stays out: it is for the export)."""
        return {
            "field": self.field,
            "value": self.value,
            "by": self.author,
            "at": self.created_at.isoformat(),
        }


class IntakeCorrections:
    """Stores reviewers' intake corrections."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        conversation_id: str,
        field: str,
        value: Any,
        author: str,
        turns_copy: Sequence[str],
    ) -> None:
        """Store one correction (the value already validated)."""
        with self.db.engine.begin() as conn:
            conn.execute(
                intake_corrections.insert().values(
                    conversation_id=conversation_id,
                    field=field,
                    value=json.dumps(value),
                    turns_copy=json.dumps(list(turns_copy), ensure_ascii=False),
                    author=author,
                    created_at=_now(),
                )
            )

    def for_conversation(self, conversation_id: str) -> list[IntakeCorrection]:
        """The conversation's corrections, oldest first."""
        return self._select(intake_corrections.c.conversation_id == conversation_id)

    def since(self, moment: datetime) -> list[IntakeCorrection]:
        """Corrections made at or after ``moment``, oldest first."""
        return self._select(intake_corrections.c.created_at >= moment)

    def _select(self, *where: Any) -> list[IntakeCorrection]:
        c = intake_corrections.c
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(intake_corrections).where(*where).order_by(c.id)
            ).mappings()
            return [
                IntakeCorrection(
                    conversation_id=row["conversation_id"],
                    field=row["field"],
                    value=json.loads(row["value"]),
                    turns_copy=tuple(json.loads(row["turns_copy"])),
                    author=row["author"],
                    created_at=_aware(row["created_at"]),
                )
                for row in rows
            ]


@dataclass(frozen=True)
class Annotation:
    """A reviewer's tag on a conversation or on one of its messages."""

    id: int
    conversation_id: str
    message_index: int | None
    tag: str
    expected_level: str | None
    note: str | None
    text_copy: str | None
    author: str
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields (the text copy stays out: it is for the export)."""
        return {
            "id": self.id,
            "message_index": self.message_index,
            "tag": self.tag,
            "expected_level": self.expected_level,
            "note": self.note,
            "author": self.author,
            "created_at": self.created_at.isoformat(),
        }


class Annotations:
    """Reviewers' annotations and reviewed marks."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        conversation_id: str,
        tag: str,
        author: str,
        message_index: int | None = None,
        expected_level: str | None = None,
        note: str | None = None,
        text_copy: str | None = None,
    ) -> int:
        """Store an annotation; returns its id."""
        if tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r}")
        with self.db.engine.begin() as conn:
            result = conn.execute(
                annotation_table.insert().values(
                    conversation_id=conversation_id,
                    message_index=message_index,
                    tag=tag,
                    expected_level=expected_level,
                    note=note,
                    text_copy=text_copy,
                    author=author,
                    created_at=_now(),
                )
            )
        return int(result.inserted_primary_key[0])

    def for_conversation(self, conversation_id: str) -> list[Annotation]:
        """The conversation's annotations, oldest first."""
        return self._select(annotation_table.c.conversation_id == conversation_id)

    def since(self, moment: datetime, tags: Iterable[str]) -> list[Annotation]:
        """Annotations with these tags made at or after ``moment``."""
        c = annotation_table.c
        return self._select(c.created_at >= moment, c.tag.in_(list(tags)))

    def tagged(self, conversation_ids: Sequence[str]) -> dict[str, set[str]]:
        """The tags used per conversation."""
        c = annotation_table.c
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(c.conversation_id, c.tag).where(
                    c.conversation_id.in_(list(conversation_ids))
                )
            ).all()
        out: dict[str, set[str]] = {}
        for cid, tag in rows:
            out.setdefault(cid, set()).add(tag)
        return out

    def mark_reviewed(self, conversation_id: str, reviewer: str) -> None:
        """Mark the conversation reviewed (again: the latest reviewer counts)."""
        with self.db.engine.begin() as conn:
            conn.execute(
                reviews.delete().where(reviews.c.conversation_id == conversation_id)
            )
            conn.execute(
                reviews.insert().values(
                    conversation_id=conversation_id,
                    reviewed_by=reviewer,
                    reviewed_at=_now(),
                )
            )

    def reviewed(self, conversation_ids: Sequence[str]) -> dict[str, str]:
        """Reviewer per reviewed conversation."""
        c = reviews.c
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(c.conversation_id, c.reviewed_by).where(
                    c.conversation_id.in_(list(conversation_ids))
                )
            ).all()
        return {row[0]: row[1] for row in rows}

    def forget_text(self, conversation_ids: Sequence[str]) -> int:
        """Remove the text copies of these conversations' annotations."""
        with self.db.engine.begin() as conn:
            result = conn.execute(
                annotation_table.update()
                .where(
                    annotation_table.c.conversation_id.in_(list(conversation_ids)),
                    annotation_table.c.text_copy.is_not(None),
                )
                .values(text_copy=None)
            )
        return int(result.rowcount or 0)

    def _select(self, *where: Any) -> list[Annotation]:
        query = (
            sa.select(annotation_table).where(*where).order_by(annotation_table.c.id)
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            Annotation(**{**dict(row), "created_at": _aware(row["created_at"])})
            for row in rows
        ]


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which transcript, when."""

    at: datetime
    username: str
    role: str
    action: str
    target: str
    detail: str | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "at": self.at.isoformat(),
            "username": self.username,
            "role": self.role,
            "action": self.action,
            "target": self.target,
            "detail": self.detail,
        }


class AuditLog:
    """Append-only log of every view and export of a transcript."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def write(
        self,
        username: str,
        role: str,
        action: str,
        target: str,
        detail: str | None = None,
    ) -> None:
        """Append one entry."""
        with self.db.engine.begin() as conn:
            conn.execute(
                audit_log.insert().values(
                    at=_now(),
                    username=username,
                    role=role,
                    action=action,
                    target=target[:128],
                    detail=detail[:255] if detail else None,
                )
            )

    def entries(
        self,
        limit: int = 100,
        offset: int = 0,
        username: str | None = None,
        target: str | None = None,
    ) -> tuple[list[AuditEntry], int]:
        """Newest first, one page, with the total count."""
        c = audit_log.c
        where = []
        if username:
            where.append(c.username == username)
        if target:
            where.append(c.target == target)
        with self.db.engine.connect() as conn:
            total = conn.execute(
                sa.select(sa.func.count()).select_from(audit_log).where(*where)
            ).scalar_one()
            rows = (
                conn.execute(
                    sa.select(audit_log)
                    .where(*where)
                    .order_by(c.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
                .mappings()
                .all()
            )
        entries = [
            AuditEntry(
                at=_aware(row["at"]),
                username=row["username"],
                role=row["role"],
                action=row["action"],
                target=row["target"],
                detail=row["detail"],
            )
            for row in rows
        ]
        return entries, int(total)
