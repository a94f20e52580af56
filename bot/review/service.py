"""Transcript review, advice records, training export, retention and deletion.

Every view and export of a transcript is written to the audit log by the method
that produces it, so no route can forget to. Reviewers read redacted text; only a
beheerder can open the original, and that is audited as such.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from rasa.shared.core.events import Event

from bot.handoff.service import request_dict
from bot.handoff.transcript import Labeler, transcript
from bot.review.report import advice_report
from bot.review.summary import ConversationSummary, mentions, summarise
from bot.store import Database, HandoffStore, SessionStore
from bot.store.review import (
    ADVICE_COLUMNS,
    TAGS,
    AdviceRecord,
    AdviceRecords,
    Annotations,
    AuditLog,
)
from bot.store.transcripts import Transcripts

Redactor = Callable[[str], str]
LEVELS = ("geen", "verhoogd", "hoog", "acuut")
# Tags that feed the danger test set, and the level a case gets by default.
TRAINING_TAGS = {"gemist_gevaar": "hoog", "vals_alarm": "geen"}
MAX_PAGE = 100


class NotFound(LookupError):
    """No such conversation (or nothing left of it)."""


@dataclass(frozen=True)
class Viewer:
    """Who asks: written to the audit log with what they saw."""

    username: str
    role: str


@dataclass(frozen=True)
class ConversationFilter:
    """The reviewer's list filters; None means "any"."""

    start: datetime | None = None
    end: datetime | None = None
    level: str | None = None
    indicator: str | None = None
    escalated: bool | None = None
    audience: str | None = None
    reviewed: bool | None = None
    q: str | None = None


class ReviewService:
    """The reviewer's and beheerder's side of stored conversations."""

    def __init__(
        self,
        transcripts: Transcripts,
        handoffs: HandoffStore,
        sessions: SessionStore,
        records: AdviceRecords,
        annotations: Annotations,
        audit: AuditLog,
        label: Labeler,
        redact: Redactor,
    ) -> None:
        self.transcripts = transcripts
        self.handoffs = handoffs
        self.sessions = sessions
        self.records = records
        self.annotations = annotations
        self.audit = audit
        self.label = label
        self.redact = redact

    # -- list -----------------------------------------------------------------------

    def conversations(
        self, where: ConversationFilter, page: int = 1, per_page: int = 25
    ) -> dict[str, Any]:
        """One page of conversations matching the filters, newest first."""
        per_page = max(1, min(per_page, MAX_PAGE))
        stored = self.transcripts.started_between(where.start, where.end)
        ids = [s.conversation_id for s in stored]
        events = self.transcripts.events_of(ids)
        summaries = {cid: summarise(events[cid]) for cid in ids}
        escalated = self.handoffs.escalated(ids) if ids else set()
        reviewed = self.annotations.reviewed(ids) if ids else {}
        advice = self.records.counts(ids) if ids else {}
        tags = self.annotations.tagged(ids) if ids else {}
        rows = []
        for item in stored:
            cid = item.conversation_id
            summary = summaries[cid]
            if not _passes(summary, where, cid in escalated, cid in reviewed):
                continue
            if where.q and not mentions(events[cid], where.q):
                continue
            rows.append(
                {
                    "id": cid,
                    "started": item.started.isoformat(),
                    "last": item.last.isoformat(),
                    "level": summary.level,
                    "indicators": [
                        {"code": c, "label": self.label(c)} for c in summary.indicators
                    ],
                    "audience": summary.audience,
                    "messages": summary.user_messages,
                    "escalated": cid in escalated,
                    "advice_count": advice.get(cid, 0),
                    "reviewed": cid in reviewed,
                    "reviewed_by": reviewed.get(cid),
                    "tags": sorted(tags.get(cid, set())),
                }
            )
        pages = max(1, math.ceil(len(rows) / per_page))
        page = max(1, min(page, pages))
        return {
            "items": rows[(page - 1) * per_page : page * per_page],
            "total": len(rows),
            "page": page,
            "pages": pages,
            "per_page": per_page,
        }

    # -- one transcript -------------------------------------------------------------

    def transcript(
        self, conversation_id: str, viewer: Viewer, original: bool = False
    ) -> dict[str, Any]:
        """The transcript with evidence, handoff timeline, advice and annotations.

        Redacted unless ``original`` (the caller checks the role may ask for it).
        """
        raw = self.transcripts.events_of([conversation_id])[conversation_id]
        history = self.handoffs.history(conversation_id)
        if not raw and not history:
            raise NotFound(conversation_id)
        items = transcript(_events(raw), label=self.label)
        if not original:
            items = [self._redacted(item) for item in items]
        summary = summarise(raw)
        self.audit.write(
            viewer.username,
            viewer.role,
            "view_original" if original else "view",
            conversation_id,
        )
        return {
            "id": conversation_id,
            "redacted": not original,
            "level": summary.level,
            "audience": summary.audience,
            "events": [{**item, "index": i} for i, item in enumerate(items)],
            "handoffs": [request_dict(r) for r in history],
            "advice": [
                r.as_dict()
                for r in self.records.query(conversation_ids=[conversation_id])
            ],
            "annotations": [
                a.as_dict() for a in self.annotations.for_conversation(conversation_id)
            ],
            "reviewed_by": self.annotations.reviewed([conversation_id]).get(
                conversation_id
            ),
        }

    def _redacted(self, item: dict[str, Any]) -> dict[str, Any]:
        """The item with its text redacted and its evidence spans moved to fit.

        Evidence that was itself redacted keeps its label without a span.
        """
        text = item["text"]
        out = {**item, "text": self.redact(text)}
        danger = item.get("danger")
        if danger and danger.get("indicators"):
            out["danger"] = {
                **danger,
                "indicators": _respan(text, out["text"], danger["indicators"]),
            }
        return out

    # -- annotations ----------------------------------------------------------------

    def annotate(
        self,
        conversation_id: str,
        viewer: Viewer,
        tag: str,
        message_index: int | None = None,
        expected_level: str | None = None,
        note: str | None = None,
    ) -> int:
        """Tag a conversation or one message; training tags keep a redacted copy."""
        if tag not in TAGS:
            raise ValueError("unknown_tag")
        if expected_level is not None and expected_level not in LEVELS:
            raise ValueError("unknown_level")
        raw = self.transcripts.events_of([conversation_id])[conversation_id]
        if not raw:
            raise NotFound(conversation_id)
        copy = None
        if message_index is not None:
            items = transcript(_events(raw))
            if not 0 <= message_index < len(items):
                raise ValueError("unknown_message")
            if tag in TRAINING_TAGS:
                if items[message_index]["from"] != "user":
                    raise ValueError("not_a_user_message")
                copy = self.redact(items[message_index]["text"])
        if note is not None:
            note = note.strip()[:2000] or None
        return self.annotations.add(
            conversation_id,
            tag,
            viewer.username,
            message_index=message_index,
            expected_level=expected_level,
            note=note,
            text_copy=copy,
        )

    def mark_reviewed(self, conversation_id: str, viewer: Viewer) -> None:
        """Mark a stored conversation reviewed by this reviewer."""
        if not self.transcripts.events_of([conversation_id])[conversation_id]:
            raise NotFound(conversation_id)
        self.annotations.mark_reviewed(conversation_id, viewer.username)

    def export_training(self, since: datetime, viewer: Viewer) -> list[dict[str, Any]]:
        """Missed dangers and false alarms as labelled, redacted danger cases.

        The format of ``danger_dev.jsonl``: ``{"text", "level", "indicators"}``.
        The reviewer's expected level is used, else the tag's default; the
        indicators are left for the person who adds the cases to the test set.
        """
        cases = []
        for note in self.annotations.since(since, TRAINING_TAGS):
            if not note.text_copy:
                continue  # a whole-conversation tag, or the text is past retention
            cases.append(
                {
                    "text": note.text_copy,
                    "level": note.expected_level or TRAINING_TAGS[note.tag],
                    "indicators": [],
                }
            )
        self.audit.write(
            viewer.username,
            viewer.role,
            "export_training",
            f"since {since.date().isoformat()}",
            f"{len(cases)} cases",
        )
        return cases

    # -- advice ---------------------------------------------------------------------

    def advice_records(
        self,
        start: datetime | None,
        end: datetime | None,
        topic: str | None = None,
        audience: str | None = None,
    ) -> list[AdviceRecord]:
        """Advice records of a period (they hold no chatter text)."""
        return self.records.query(start, end, topic, audience)

    @staticmethod
    def advice_csv(records: Sequence[AdviceRecord]) -> str:
        """The records as CSV, one row per advice, columns as in the JSON."""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ADVICE_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(record.as_dict())
        return buffer.getvalue()

    def advice_report(
        self, start: datetime | None, end: datetime | None
    ) -> dict[str, Any]:
        """Counts per topic, audience and week, and per day by danger level."""
        stored = self.transcripts.started_between(start, end)
        events = self.transcripts.events_of([s.conversation_id for s in stored])
        conversations = [
            (s.started, summarise(events[s.conversation_id]).level) for s in stored
        ]
        return advice_report(self.records.query(start, end), conversations)

    # -- deletion -------------------------------------------------------------------

    def retention(self, days: int, now: datetime | None = None) -> dict[str, int]:
        """Delete transcripts untouched for ``days`` days (never a live one)."""
        cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
        deleted = self.transcripts.delete_older_than(cutoff)
        copies = self.annotations.forget_text(list(deleted)) if deleted else 0
        return {
            "conversations": len(deleted),
            "events": sum(deleted.values()),
            "annotation_texts": copies,
        }

    def delete_conversation(self, conversation_id: str) -> int:
        """Delete a conversation at the chatter's request, except its advice records."""
        self.sessions.forget_conversation(conversation_id)
        self.handoffs.close_all(conversation_id)
        self.annotations.forget_text([conversation_id])
        return self.transcripts.delete(conversation_id)


def review_service(db: Database, label: Labeler, redact: Redactor) -> ReviewService:
    """The review service on one database (the server's and the CLI's)."""
    return ReviewService(
        transcripts=Transcripts(db),
        handoffs=HandoffStore(db),
        sessions=SessionStore(db),
        records=AdviceRecords(db),
        annotations=Annotations(db),
        audit=AuditLog(db),
        label=label,
        redact=redact,
    )


def _passes(
    summary: ConversationSummary,
    where: ConversationFilter,
    escalated: bool,
    reviewed: bool,
) -> bool:
    if where.level and summary.level != where.level:
        return False
    if where.indicator and where.indicator not in summary.indicators:
        return False
    if where.audience and summary.audience != where.audience:
        return False
    if where.escalated is not None and escalated != where.escalated:
        return False
    return where.reviewed is None or reviewed == where.reviewed


def _events(raw: list[dict[str, Any]]) -> list[Any]:
    return [e for e in (Event.from_parameters(d) for d in raw) if e is not None]


def _respan(
    original: str, redacted: str, indicators: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Evidence spans moved into the redacted text where their words survived."""
    out = []
    for indicator in indicators:
        evidence = original[indicator["start"] : indicator["end"]]
        at = redacted.find(evidence) if evidence else -1
        if at < 0:
            # The evidence itself was redacted: keep the label, drop the span.
            out.append({**indicator, "start": None, "end": None})
        else:
            out.append({**indicator, "start": at, "end": at + len(evidence)})
    return out
