"""The review JSON API: transcripts, annotations, advice records, the audit log.

Who reads what: a medewerker reads the transcript of a conversation while it is
in the queue or claimed by them (unredacted: they are helping that person now); a
reviewer reads and searches any transcript redacted; a beheerder reads and
searches redacted, or the original with ``?original=1``, and the audit log. Every
transcript view, list and search is audited.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TypeVar

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, text
from sanic.response import json as json_response

from bot.handoff import HandoffService
from bot.intake.corrections import CorrectionError
from bot.review.service import ConversationFilter, NotFound, ReviewService, Viewer
from bot.web.staff_api import HANDOFF_ROLES, body_of, error, roles

REVIEW_ROLES = ("reviewer", "beheerder")
ALL_STAFF = ("medewerker", "reviewer", "beheerder")
T = TypeVar("T")
MESSAGES = {
    "bad_date": "Gebruik datums als 2026-11-30.",
    "unknown_tag": "Onbekend label.",
    "unknown_level": "Onbekend niveau.",
    "unknown_message": "Dit bericht bestaat niet in dit gesprek.",
    "not_a_user_message": "Alleen een bericht van de chatter kan dit label krijgen.",
}


def review_error(code: str, status: int) -> HTTPResponse:
    """Like :func:`bot.web.staff_api.error`, with this API's codes."""
    if code in MESSAGES:
        return json_response({"error": code, "message": MESSAGES[code]}, status)
    return error(code, status)


def review_blueprint(review: ReviewService, handoff: HandoffService) -> Blueprint:
    """The review routes under /api/ (the staff guard checks login and CSRF).

    Every call into the review service runs in a thread of the review's own
    (see :class:`ReviewWork`), never on the event loop that serves the chat.
    """
    bp = Blueprint("review_api", url_prefix="/api")
    offload = ReviewWork()

    @bp.after_server_stop
    async def stop_review_work(*_: Any) -> None:
        offload.shutdown()

    @bp.get("/conversations")
    @roles(*REVIEW_ROLES)
    async def conversations(request: Request) -> HTTPResponse:
        args, staff = request.args, request.ctx.staff
        try:
            start, end = _period(args)
            where = ConversationFilter(
                start=start,
                end=end,
                level=args.get("level") or None,
                indicator=args.get("indicator") or None,
                escalated=_flag(args.get("escalated")),
                audience=args.get("audience") or None,
                reviewed=_flag(args.get("reviewed")),
                q=(args.get("q") or "").strip() or None,
                # As for a transcript: only a beheerder reads the original.
                original=staff.role == "beheerder" and args.get("original") == "1",
            )
            page = int(args.get("page", "1"))
            per_page = int(args.get("per_page", "25"))
        except ValueError:
            return review_error("bad_request", 400)
        viewer = Viewer(staff.username, staff.role)
        return json_response(
            await offload(review.conversations, where, viewer, page, per_page)
        )

    @bp.get("/conversations/<conversation_id:str>")
    @roles(*ALL_STAFF)
    async def conversation(request: Request, conversation_id: str) -> HTTPResponse:
        staff = request.ctx.staff
        viewer = Viewer(staff.username, staff.role)
        helping = staff.role in HANDOFF_ROLES and handoff.may_help(
            conversation_id, staff.username
        )
        if staff.role == "medewerker" and not helping:
            # The same answer for "not yours" and "does not exist": ids stay secret.
            return error("not_found", 404)
        original = helping or (
            staff.role == "beheerder" and request.args.get("original") == "1"
        )
        try:
            return json_response(
                await offload(review.transcript, conversation_id, viewer, original)
            )
        except NotFound:
            return error("not_found", 404)

    @bp.post("/conversations/<conversation_id:str>/annotations")
    @roles(*REVIEW_ROLES)
    async def annotate(request: Request, conversation_id: str) -> HTTPResponse:
        body = body_of(request)
        tag, index = body.get("tag"), body.get("message_index")
        level, note = body.get("expected_level"), body.get("note")
        if (
            not isinstance(tag, str)
            or not (index is None or (isinstance(index, int) and index >= 0))
            or not (level is None or isinstance(level, str))
            or not (note is None or isinstance(note, str))
        ):
            return review_error("bad_request", 400)
        staff = request.ctx.staff
        try:
            annotation_id = await offload(
                functools.partial(
                    review.annotate,
                    conversation_id,
                    Viewer(staff.username, staff.role),
                    tag,
                    message_index=index,
                    expected_level=level,
                    note=note,
                )
            )
        except NotFound:
            return error("not_found", 404)
        except ValueError as exc:
            return review_error(str(exc), 400)
        return json_response({"id": annotation_id}, status=201)

    @bp.post("/conversations/<conversation_id:str>/intake")
    @roles(*REVIEW_ROLES)
    async def correct_intake(request: Request, conversation_id: str) -> HTTPResponse:
        body = body_of(request)
        if "field" not in body or "value" not in body:
            return review_error("bad_request", 400)
        staff = request.ctx.staff
        try:
            correction = await offload(
                review.correct_intake,
                conversation_id,
                Viewer(staff.username, staff.role),
                body["field"],
                body["value"],
            )
        except NotFound:
            return error("not_found", 404)
        except CorrectionError as exc:
            return json_response(
                {"error": "bad_intake_correction", "message": str(exc)}, 400
            )
        return json_response(correction, status=201)

    @bp.post("/conversations/<conversation_id:str>/reviewed")
    @roles(*REVIEW_ROLES)
    async def reviewed(request: Request, conversation_id: str) -> HTTPResponse:
        staff = request.ctx.staff
        try:
            await offload(
                review.mark_reviewed,
                conversation_id,
                Viewer(staff.username, staff.role),
            )
        except NotFound:
            return error("not_found", 404)
        return json_response({"ok": True})

    def records(request: Request) -> Any:
        start, end = _period(request.args)
        return review.advice_records(
            start,
            end,
            topic=request.args.get("topic") or None,
            audience=request.args.get("audience") or None,
        )

    @bp.get("/advice-records")
    @roles(*REVIEW_ROLES)
    async def advice_records(request: Request) -> HTTPResponse:
        try:
            found = await offload(records, request)
        except ValueError:
            return review_error("bad_date", 400)
        return json_response({"items": [r.as_dict() for r in found]})

    @bp.get("/advice-records.csv")
    @roles(*REVIEW_ROLES)
    async def advice_records_csv(request: Request) -> HTTPResponse:
        try:
            found = await offload(records, request)
        except ValueError:
            return review_error("bad_date", 400)
        staff = request.ctx.staff
        await offload(
            review.audit.write,
            staff.username,
            staff.role,
            "export_advice",
            "advice-records",
            f"{len(found)}",
        )
        return text(
            await offload(review.advice_csv, found),
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="adviezen.csv"'},
        )

    @bp.get("/advice-report")
    @roles(*REVIEW_ROLES)
    async def advice_report(request: Request) -> HTTPResponse:
        try:
            start, end = _period(request.args)
        except ValueError:
            return review_error("bad_date", 400)
        return json_response(await offload(review.advice_report, start, end))

    @bp.get("/audit")
    @roles("beheerder")
    async def audit(request: Request) -> HTTPResponse:
        try:
            limit = max(1, min(int(request.args.get("limit", "100")), 500))
            offset = max(0, int(request.args.get("offset", "0")))
        except ValueError:
            return review_error("bad_request", 400)
        entries, total = await offload(
            review.audit.entries,
            limit,
            offset,
            request.args.get("username") or None,
            request.args.get("target") or None,
        )
        return json_response({"items": [e.as_dict() for e in entries], "total": total})

    return bp


class ReviewWork:
    """Runs review work (queries, summaries, spaCy redaction) off the event loop.

    A list, a search or the report reads and summarises every conversation of a
    period, and redaction runs the Dutch spaCy pipeline: seconds of CPU that, on
    the loop, every chatter of the process would wait through. One thread of its
    own: the review never takes more than one core from the chat, however many
    reviewers click at once (they queue here, not in the chat's default
    executor). Thread-safe as it is used: each store call opens its own pooled
    connection, and the engine (SQLite with ``check_same_thread=False``) allows
    that from any thread.
    """

    THREADS = 1

    def __init__(self) -> None:
        self._threads = ThreadPoolExecutor(self.THREADS, thread_name_prefix="vt-review")

    async def __call__(self, call: Callable[..., T], *args: Any) -> T:
        """``call(*args)`` in the review's thread; its exception propagates."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, call, *args)

    def shutdown(self) -> None:
        """Let the thread end once its current work is done (at server stop)."""
        self._threads.shutdown(wait=False)


def parse_day(value: str) -> date:
    """A day written as 2026-11-30 (ValueError otherwise)."""
    return date.fromisoformat(value.strip())


def day_start(day: date) -> datetime:
    """Midnight UTC at the start of a day."""
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _period(args: Any) -> tuple[datetime | None, datetime | None]:
    """``from`` and ``to`` (both days, inclusive) as a half-open UTC range."""
    start = args.get("from")
    end = args.get("to")
    return (
        day_start(parse_day(start)) if start else None,
        day_start(parse_day(end) + timedelta(days=1)) if end else None,
    )


def _flag(value: str | None) -> bool | None:
    if value in (None, ""):
        return None
    if value in ("true", "1", "ja"):
        return True
    if value in ("false", "0", "nee"):
        return False
    raise ValueError(value)
