"""The review JSON API: transcripts, annotations, advice records, the audit log.

Who reads what: a medewerker reads the transcript of a conversation in the queue
or taken over by them (unredacted: they are helping that person now); a reviewer
reads any transcript redacted; a beheerder reads redacted, or the original with
``?original=1``, and the audit log. Every transcript view is audited.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, text
from sanic.response import json as json_response

from bot.handoff import HandoffService
from bot.review.service import ConversationFilter, NotFound, ReviewService, Viewer
from bot.web.staff_api import HANDOFF_ROLES, body_of, error, roles

REVIEW_ROLES = ("reviewer", "beheerder")
ALL_STAFF = ("medewerker", "reviewer", "beheerder")
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
    """The review routes under /api/ (the staff guard checks login and CSRF)."""
    bp = Blueprint("review_api", url_prefix="/api")

    @bp.get("/conversations")
    @roles(*REVIEW_ROLES)
    async def conversations(request: Request) -> HTTPResponse:
        args = request.args
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
            )
            page = int(args.get("page", "1"))
            per_page = int(args.get("per_page", "25"))
        except ValueError:
            return review_error("bad_request", 400)
        staff = request.ctx.staff
        found = review.conversations(where, page, per_page)
        # The filters, not the search words: those may be personal data.
        review.audit.write(
            staff.username,
            staff.role,
            "list",
            "conversations",
            f"{found['total']} found" + (", text search" if where.q else ""),
        )
        return json_response(found)

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
                review.transcript(conversation_id, viewer, original=original)
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
            annotation_id = review.annotate(
                conversation_id,
                Viewer(staff.username, staff.role),
                tag,
                message_index=index,
                expected_level=level,
                note=note,
            )
        except NotFound:
            return error("not_found", 404)
        except ValueError as exc:
            return review_error(str(exc), 400)
        return json_response({"id": annotation_id}, status=201)

    @bp.post("/conversations/<conversation_id:str>/reviewed")
    @roles(*REVIEW_ROLES)
    async def reviewed(request: Request, conversation_id: str) -> HTTPResponse:
        staff = request.ctx.staff
        try:
            review.mark_reviewed(conversation_id, Viewer(staff.username, staff.role))
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
            found = records(request)
        except ValueError:
            return review_error("bad_date", 400)
        return json_response({"items": [r.as_dict() for r in found]})

    @bp.get("/advice-records.csv")
    @roles(*REVIEW_ROLES)
    async def advice_records_csv(request: Request) -> HTTPResponse:
        try:
            found = records(request)
        except ValueError:
            return review_error("bad_date", 400)
        staff = request.ctx.staff
        review.audit.write(
            staff.username,
            staff.role,
            "export_advice",
            "advice-records",
            f"{len(found)}",
        )
        return text(
            review.advice_csv(found),
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
        return json_response(review.advice_report(start, end))

    @bp.get("/audit")
    @roles("beheerder")
    async def audit(request: Request) -> HTTPResponse:
        try:
            limit = max(1, min(int(request.args.get("limit", "100")), 500))
            offset = max(0, int(request.args.get("offset", "0")))
        except ValueError:
            return review_error("bad_request", 400)
        entries, total = review.audit.entries(
            limit,
            offset,
            username=request.args.get("username") or None,
            target=request.args.get("target") or None,
        )
        return json_response({"items": [e.as_dict() for e in entries], "total": total})

    return bp


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
