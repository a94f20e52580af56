"""Transcript review, advice records, training export, retention and deletion.

Every view, list, search and export of a transcript is written to the audit log
by the method that produces it, so no route can forget to. Reviewers read and
search redacted text; only a beheerder can open or search the original, and that
is audited as such.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from bot.conversation import (
    ConversationSummary,
    Labeler,
    mentions,
    read_intake,
    summarise,
    transcript,
    user_messages,
)
from bot.intake.corrections import validate as validate_correction
from bot.privacy.model import Category
from bot.review.csv_cells import csv_text
from bot.review.report import advice_report
from bot.store import Database, HandoffStore, SessionStore
from bot.store.erasure import expire_abandoned
from bot.store.review import (
    ADVICE_COLUMNS,
    TAGS,
    AdviceRecord,
    AdviceRecords,
    Annotations,
    AuditLog,
    IntakeCorrections,
)
from bot.store.transcripts import Transcripts

Redactor = Callable[[str], str]
LEVELS = ("geen", "verhoogd", "hoog", "acuut")
# Who can write personal data into a transcript. The bot's answers and the
# system's notices are the domain's fixed texts: redacting them only garbles
# them ("Kun je" read as a name).
WRITTEN_BY_PEOPLE = frozenset({"user", "worker"})
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
    # Search the original text (a beheerder asked, the caller checked the role).
    original: bool = False

    def described(self) -> str:
        """The filters for the audit log: every one, except the search words.

        The words a reviewer searches for are often the very personal data the
        review hides (a surname, a postcode): written to the audit log, they
        would be a new copy of it, readable by every beheerder and kept past the
        transcripts' retention. That a text search was made, by whom, when and
        with which other filters is the trace that matters; and since the search
        runs on the redacted text, a surname finds nothing to begin with.
        """
        parts = [
            f"{name}={value.isoformat() if isinstance(value, datetime) else value}"
            for name, value in (
                ("from", self.start),
                ("to", self.end),
                ("level", self.level),
                ("indicator", self.indicator),
                ("escalated", self.escalated),
                ("audience", self.audience),
                ("reviewed", self.reviewed),
            )
            if value is not None
        ]
        if self.q:
            search = "text search in the original" if self.original else "text search"
            parts.insert(0, search)
        return ", ".join(parts) or "no filters"


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
        corrections: IntakeCorrections,
    ) -> None:
        self.corrections = corrections
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
        self,
        where: ConversationFilter,
        viewer: Viewer,
        page: int = 1,
        per_page: int = 25,
    ) -> dict[str, Any]:
        """One page of conversations matching the filters, newest first; audited.

        The text search looks in what the viewer reads: the redacted text,
        unless ``where.original``.
        """
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
            if where.q and not self._mentions(events[cid], where.q, where.original):
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
        action = "list"
        if where.q:
            action = "search_original" if where.original else "search"
        self.audit.write(
            viewer.username,
            viewer.role,
            action,
            "conversations",
            f"{where.described()}; {len(rows)} found",
        )
        return {
            "items": rows[(page - 1) * per_page : page * per_page],
            "total": len(rows),
            "page": page,
            "pages": pages,
            "per_page": per_page,
        }

    def _mentions(self, raw: list[dict[str, Any]], needle: str, original: bool) -> bool:
        """True when the conversation, as the searcher reads it, holds ``needle``.

        Redacting is the costly part, so only conversations that can match are
        redacted: redaction replaces spans by placeholders and changes nothing
        else, so a needle without a bracket that is not part of a placeholder
        matches the redacted text only where it matches the original.
        """
        if original:
            return mentions(raw, needle)
        if not mentions(raw, needle) and not _in_placeholders(needle):
            return False
        needle = needle.casefold()
        shown = self._as_shown(transcript(raw, label=self.label))
        return any(needle in item["text"].casefold() for item in shown)

    def _as_shown(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The transcript items as a reviewer reads them: people's words redacted."""
        return [
            self._redacted(item) if item["from"] in WRITTEN_BY_PEOPLE else item
            for item in items
        ]

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
        items = transcript(raw, label=self.label)
        advice = self.records.query(conversation_ids=[conversation_id])
        intake = read_intake(raw, advice_given=_topics(advice)).as_dict()
        if not original:
            shown = self._as_shown(items)
            intake = _intake_as_shown(intake, shown, self.redact)
            items = shown
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
            "language": summary.language,
            "events": [{**item, "index": i} for i, item in enumerate(items)],
            "handoffs": [r.as_dict() for r in history],
            "intake": intake,
            "intake_corrections": [
                c.as_dict() for c in self.corrections.for_conversation(conversation_id)
            ],
            "advice": [r.as_dict() for r in advice],
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
            items = transcript(raw)
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

    def correct_intake(
        self, conversation_id: str, viewer: Viewer, field: Any, value: Any
    ) -> dict[str, Any]:
        """Record a reviewer's value for one intake field; returns the correction.

        A redacted copy of the chatter's messages is kept with it, so the
        corrected case can be exported for training after retention.
        """
        value = validate_correction(field, value)  # CorrectionError: Dutch reason
        raw = self.transcripts.events_of([conversation_id])[conversation_id]
        if not raw:
            raise NotFound(conversation_id)
        turns = [m.text for m in user_messages(raw)]
        self.corrections.add(
            conversation_id,
            field,
            value,
            viewer.username,
            [self.redact(t) for t in turns],
        )
        self.audit.write(
            viewer.username, viewer.role, "correct_intake", conversation_id, field
        )
        return self.corrections.for_conversation(conversation_id)[-1].as_dict()

    def mark_reviewed(self, conversation_id: str, viewer: Viewer) -> None:
        """Mark a stored conversation reviewed by this reviewer."""
        if not self.transcripts.events_of([conversation_id])[conversation_id]:
            raise NotFound(conversation_id)
        self.annotations.mark_reviewed(conversation_id, viewer.username)

    def export_intake_training(
        self, since: datetime, viewer: Viewer
    ) -> list[dict[str, Any]]:
        """Corrected intakes as labelled, redacted cases (``intake_dev.jsonl``).

        One case per conversation: its redacted messages as at the newest
        correction, and the newest value of each corrected field.
        """
        cases: dict[str, dict[str, Any]] = {}
        for correction in self.corrections.since(since):
            case = cases.setdefault(
                correction.conversation_id, {"turns": [], "expect": {}}
            )
            case["turns"] = list(correction.turns_copy)
            case["expect"][correction.field] = correction.value
        self.audit.write(
            viewer.username,
            viewer.role,
            "export_training",
            f"intake since {since.date().isoformat()}",
            f"{len(cases)} cases",
        )
        return list(cases.values())

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
        """The records as CSV, one row per advice, columns as in the JSON.

        Values such as the audience come from the chat (a slot), so cells are
        defused against spreadsheet formulas (see :mod:`bot.review.csv_cells`).
        """
        return csv_text(ADVICE_COLUMNS, (record.as_dict() for record in records))

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

    def retention(
        self, days: int, now: datetime | None = None, request_expiry_hours: int = 24
    ) -> dict[str, int]:
        """Delete conversations untouched for ``days`` days (never a live one).

        First the handoff requests whose chatter left (nothing written for
        ``request_expiry_hours``) are closed: an open request keeps its
        conversation live. A deleted conversation leaves only its advice
        records (see :func:`bot.store.erasure.erase_conversation`).
        """
        now = now or datetime.now(timezone.utc)
        expired = expire_abandoned(self.transcripts.db, request_expiry_hours, now)
        deleted = self.transcripts.delete_older_than(now - timedelta(days=days))
        return {
            "conversations": len(deleted),
            "events": sum(deleted.values()),
            "expired_requests": len(expired),
        }

    def delete_conversation(self, conversation_id: str) -> int:
        """Delete a conversation at the chatter's request, except its advice records.

        One transaction: sessions, handoff requests, annotations, review marks
        and events go together, the audit log loses the id. The server holds
        the conversation's lock around this, so a turn in flight cannot write
        the conversation back afterwards.
        """
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
        corrections=IntakeCorrections(db),
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


def _in_placeholders(needle: str) -> bool:
    """True when ``needle`` could match (part of) a placeholder like ``[NAAM]``."""
    folded = needle.casefold()
    return (
        "[" in folded
        or "]" in folded
        or any(folded in category.value.casefold() for category in Category)
    )


def _topics(records: Sequence[AdviceRecord]) -> list[str]:
    """The advice topics given, each once, in the order first given."""
    return list(dict.fromkeys(r.topic for r in records))


def _intake_as_shown(
    intake: dict[str, Any], shown: list[dict[str, Any]], redact: Redactor
) -> dict[str, Any]:
    """The intake with its quotes as a reviewer may read them.

    A quote whose words survive in the redacted message stays as it is; one
    that lost words to redaction is redacted on its own, and dropped when that
    would change nothing (the context that made it personal is not in the quote).
    """
    texts = [item["text"] for item in shown if item["from"] == "user"]

    def safe(quote: str | None, message: int | None = None) -> str | None:
        if not quote:
            return quote
        pool = texts if message is None or message >= len(texts) else [texts[message]]
        if any(quote in text for text in pool):
            return quote
        redacted = redact(quote)
        return redacted if redacted != quote else "[citaat weggelaten]"

    out = {**intake}
    out["incidents"] = [
        {**i, "quote": safe(i["quote"], i["message"])} for i in intake["incidents"]
    ]
    out["pattern"] = {**intake["pattern"], "since": safe(intake["pattern"]["since"])}
    out["callback"] = {
        **intake["callback"],
        "safe_time": safe(intake["callback"]["safe_time"]),
    }
    return out


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
