"""The staff JSON API under /api/: login, the handoff queue, live takeover.

A guard on every /api/ request (except the login itself) resolves the session
cookie (401 without one) and checks the CSRF header on every state-changing
request (403); each route then names the roles that may use it (403 otherwise).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot.advice import AdviceLibrary
from bot.channel.limits import address_of
from bot.handoff import (
    QUEUE_TOPIC,
    STAFF_TOPIC,
    AgentNotReady,
    HandoffService,
    Subscription,
)
from bot.settings import Settings
from bot.staff import LoginThrottle, StaffAccounts, StaffSession, StaffSessions
from bot.staff.accounts import HANDOFF_ROLES
from bot.store import HandoffConflict, NotYours

logger = logging.getLogger(__name__)

COOKIE = "vt_staff"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PUBLIC_API = frozenset({"/api/auth/login"})
STAFF_SOCKET = "/api/staff/ws"
FREE_TOPIC = "overig"  # free-text advice outside the library's topics
SESSION_TOPIC = "staff_session"  # {"username"}: one of their sessions ended
SESSION_ENDED = 4401  # websocket close code: log in again

MESSAGES = {
    "login_failed": "Onbekende gebruikersnaam of verkeerd wachtwoord.",
    "too_many_attempts": (
        "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
    ),
    "busy": "Het is even te druk om in te loggen. Probeer het zo opnieuw.",
    "not_json": "Dit verzoek moet JSON zijn (Content-Type: application/json).",
    "not_logged_in": "Log eerst in.",
    "forbidden": "Dit mag jouw rol niet.",
    "csrf": "De beveiligingscode ontbreekt of klopt niet. Laad de pagina opnieuw.",
    "not_found": "Niet gevonden.",
    "conflict": "Dit gesprek is al door iemand anders overgenomen of afgesloten.",
    "not_yours": "Een andere medewerker heeft dit gesprek.",
    "bad_request": "Dit verzoek klopt niet.",
    "empty": "Het bericht is leeg.",
    "too_long": "Het bericht is te lang.",
    "not_ready": "De chat start nog op; probeer het zo opnieuw.",
    "unknown_advice": "Dit advies staat niet in de adviesbibliotheek.",
    "unknown_topic": "Kies een onderwerp uit de lijst.",
}

Handler = Callable[..., Coroutine[Any, Any, Any]]


def error(code: str, status: int) -> HTTPResponse:
    """A JSON error with a stable code and a Dutch message for the console."""
    return json_response({"error": code, "message": MESSAGES[code]}, status=status)


def roles(*allowed: str) -> Callable[[Handler], Handler]:
    """Only these roles may use the route (the guard already checked login)."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
            staff: StaffSession | None = getattr(request.ctx, "staff", None)
            if staff is None:
                return error("not_logged_in", 401)
            if staff.role not in allowed:
                return error("forbidden", 403)
            return await handler(request, *args, **kwargs)

        return wrapper

    return decorate


def staff_blueprint(
    settings: Settings,
    accounts: StaffAccounts,
    sessions: StaffSessions,
    throttle: LoginThrottle,
    handoff: HandoffService,
    library: Callable[[], AdviceLibrary],
) -> Blueprint:
    """The /api/ routes; register :func:`install_guard` on the app as well."""
    bp = Blueprint("staff_api", url_prefix="/api")

    @bp.post("/auth/login")
    async def login(request: Request) -> HTTPResponse:
        address = address_of(request)
        # Before the body is parsed: an address past its limit costs no more work.
        if throttle.address_blocked(address):
            return error("too_many_attempts", 429)
        body = body_of(request)
        username, password = body.get("username"), body.get("password")
        if not isinstance(username, str) or not isinstance(password, str):
            return error("bad_request", 400)
        result = await throttle.login(accounts, username, password, address)
        if result.user is None:
            refusal = result.refusal or "login_failed"
            return error(refusal, 401 if refusal == "login_failed" else 429)
        token, session = sessions.start(result.user)
        response = json_response(_session_body(session))
        _set_cookie(response, token, settings)
        return response

    @bp.post("/auth/logout")
    async def logout(request: Request) -> HTTPResponse:
        sessions.end(request.cookies.get(COOKIE, ""))
        # Every process checks its sockets of this worker now, not at the next poll.
        ended = {"type": "session_ended", "username": request.ctx.staff.username}
        await handoff.bus.publish(SESSION_TOPIC, ended)
        response = json_response({"ok": True})
        _set_cookie(response, "", settings, max_age=0)
        return response

    @bp.get("/auth/me")
    async def me(request: Request) -> HTTPResponse:
        return json_response(_session_body(request.ctx.staff))

    @bp.get("/queue")
    @roles(*HANDOFF_ROLES)
    async def queue(request: Request) -> HTTPResponse:
        return json_response(await handoff.queue(request.ctx.staff.username))

    @bp.post("/queue/<request_id:str>/claim")
    @roles(*HANDOFF_ROLES)
    async def claim(request: Request, request_id: str) -> HTTPResponse:
        try:
            claimed = await handoff.claim(request_id, request.ctx.staff.username)
        except KeyError:
            return error("not_found", 404)
        except HandoffConflict:
            return error("conflict", 409)
        except AgentNotReady:
            return error("not_ready", 503)
        return json_response(
            {"id": claimed.id, "conversation_id": claimed.conversation_id}
        )

    @bp.post("/conversations/<conversation_id:str>/messages")
    @roles(*HANDOFF_ROLES)
    async def send(request: Request, conversation_id: str) -> HTTPResponse:
        text = body_of(request).get("text")
        if not isinstance(text, str):
            return error("bad_request", 400)
        _, failed = await handoff_step(
            handoff.send(conversation_id, request.ctx.staff.username, text)
        )
        return failed or json_response({"ok": True})

    @bp.post("/conversations/<conversation_id:str>/release")
    @roles(*HANDOFF_ROLES)
    async def release(request: Request, conversation_id: str) -> HTTPResponse:
        resume = body_of(request).get("resume_bot")
        if not isinstance(resume, bool):
            return error("bad_request", 400)
        step = handoff.release(conversation_id, request.ctx.staff.username, resume)
        done, failed = await handoff_step(step)
        return failed or json_response({"id": done.id, "status": done.status})

    @bp.post("/conversations/<conversation_id:str>/advice")
    @roles(*HANDOFF_ROLES)
    async def give_advice(request: Request, conversation_id: str) -> HTTPResponse:
        """A library advice (``advice_id``) or free text with a ``topic``."""
        body = body_of(request)
        try:
            text, topic, advice_id, version = _advice_from(body, library())
        except ValueError as exc:
            return error(str(exc), 400)
        _, failed = await handoff_step(
            handoff.give_advice(
                conversation_id,
                request.ctx.staff.username,
                text,
                topic,
                advice_id=advice_id,
                advice_version=version,
            )
        )
        return failed or json_response({"ok": True})

    @bp.get("/advice-library")
    @roles(*HANDOFF_ROLES)
    async def advice_library(request: Request) -> HTTPResponse:
        return json_response(
            {
                "topics": [*library().topics, FREE_TOPIC],
                "items": [
                    {
                        "id": a.id,
                        "version": a.version,
                        "topic": a.topic,
                        "audience": a.audience,
                        "text": a.text,
                    }
                    for a in library().entries
                ],
            }
        )

    @bp.websocket("/staff/ws")
    @roles(*HANDOFF_ROLES)
    async def staff_socket(request: Request, socket: Any) -> None:
        recheck_s = settings.queue_poll_ms / 1000
        await _staff_socket(request, socket, handoff, sessions, recheck_s)

    return bp


async def _staff_socket(
    request: Request,
    socket: Any,
    handoff: HandoffService,
    sessions: StaffSessions,
    recheck_s: float,
) -> None:
    """Push the queue on every change, and the live messages this worker may see.

    A "messages" frame goes out only while its conversation is open in the
    queue or claimed by this worker (:meth:`HandoffService.may_see_live`). The
    session is checked again every ``recheck_s`` seconds, and at once when a
    process says one of this worker's sessions ended: after a logout, the
    session's expiry or a disabled account, the socket closes.
    """
    staff: StaffSession = request.ctx.staff
    token = request.cookies.get(COOKIE)
    queue_sub = handoff.bus.subscribe(QUEUE_TOPIC)
    staff_sub = handoff.bus.subscribe(STAFF_TOPIC)
    ended_sub = handoff.bus.subscribe(SESSION_TOPIC)
    lock = asyncio.Lock()

    async def send(frame: dict[str, Any]) -> None:
        async with lock:
            await socket.send(json.dumps(frame, ensure_ascii=False))

    async def push_queue() -> None:
        await send({"type": "queue", **await handoff.queue(staff.username)})

    async def queue_changes() -> None:
        while True:
            await queue_sub.get()
            await push_queue()

    async def messages() -> None:
        while True:
            frame = await staff_sub.get()
            if handoff.may_see_live(frame, staff.username):
                await send(frame)

    async def session_lasts() -> None:
        while sessions.resolve(token) == staff:
            await _ended_or_timeout(ended_sub, staff.username, recheck_s)

    async def reader() -> None:
        # The console sends nothing that matters; reading notices the close.
        while await socket.recv() is not None:
            pass

    await push_queue()
    watch = asyncio.ensure_future(session_lasts())
    tasks = [
        watch,
        *(asyncio.ensure_future(t()) for t in (queue_changes, messages, reader)),
    ]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        queue_sub.close()
        staff_sub.close()
        ended_sub.close()
    if watch.done() and not watch.cancelled():
        failure = watch.exception()
        if failure is not None:
            # Fail closed: a session that cannot be checked is not streamed to.
            # The class only: a database error's text holds its parameters.
            logger.warning("checking a staff session failed: %s", type(failure))
        # The console then asks /api/auth/me: 401 shows the login, 200 reconnects.
        await socket.close(SESSION_ENDED, "sessie beëindigd")


async def _ended_or_timeout(ended: Subscription, username: str, wait_s: float) -> None:
    """Return when a session of this user ended somewhere, or after ``wait_s``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_s
    with contextlib.suppress(asyncio.TimeoutError):
        while True:
            message = await asyncio.wait_for(ended.get(), deadline - loop.time())
            if message.get("username") == username:
                return


def install_guard(app: Sanic, sessions: StaffSessions) -> None:
    """Login and CSRF checks for every /api/ request, before any route runs."""

    @app.on_request
    async def guard(request: Request) -> HTTPResponse | None:
        if not request.path.startswith("/api/"):
            return None
        request.ctx.staff = sessions.resolve(request.cookies.get(COOKIE))
        if request.path in PUBLIC_API:
            return _refuse_non_json(request)
        if request.ctx.staff is None:
            return error("not_logged_in", 401)
        if _is_websocket(request):
            # Cookies ride along on cross-site websocket requests; SameSite
            # helps, checking the Origin closes the gap.
            if not _same_origin(request):
                return error("forbidden", 403)
            # Refuse before the upgrade: a handler cannot answer 403 afterwards.
            if request.ctx.staff.role not in HANDOFF_ROLES:
                return error("forbidden", 403)
            return None
        if request.method in SAFE_METHODS:
            return None
        if not request.ctx.staff.csrf_ok(request.headers.get("x-csrf-token")):
            return error("csrf", 403)
        return _refuse_non_json(request)


def _is_websocket(request: Request) -> bool:
    """A real websocket handshake on the staff socket, and nothing else.

    The only request that skips the CSRF check: any other request that merely
    carries an ``Upgrade`` header is an ordinary request and checked as one.
    """
    return (
        request.path == STAFF_SOCKET
        and request.method == "GET"
        and request.headers.get("upgrade", "").lower() == "websocket"
        and "upgrade" in request.headers.get("connection", "").lower()
    )


def _is_json(request: Request) -> bool:
    content_type = request.headers.get("content-type", "")
    return content_type.split(";")[0].strip().lower() == "application/json"


def _refuse_non_json(request: Request) -> HTTPResponse | None:
    """A state-changing request with a body must say it is JSON (415 if not).

    HTML forms cannot send application/json across sites without the browser
    asking first, so this also keeps a forged form post out of the login.
    """
    if request.method in SAFE_METHODS or not request.body or _is_json(request):
        return None
    return error("not_json", 415)


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin:
        return True  # not a browser: it cannot carry a victim's cookie
    return urlparse(origin).netloc == request.headers.get("host", "")


def _session_body(session: StaffSession) -> dict[str, Any]:
    """What the console needs of its session: who it is and the CSRF token."""
    return {
        "csrf_token": session.csrf_token,
        "user": {"username": session.username, "role": session.role},
    }


def body_of(request: Request) -> dict[str, Any]:
    """The JSON object of a request, or {} for anything else (or not JSON)."""
    if not _is_json(request):
        return {}
    try:
        body = request.json if request.body else None
    except Exception:
        return {}
    return body if isinstance(body, dict) else {}


async def handoff_step(step: Awaitable[Any]) -> tuple[Any, HTTPResponse | None]:
    """Run one handoff step: (its result, None), or (None, the refusal as an error)."""
    try:
        return await step, None
    except ValueError as exc:  # "empty", "too_long"
        return None, error(str(exc), 400)
    except NotYours:
        return None, error("not_yours", 403)
    except HandoffConflict:
        return None, error("conflict", 409)
    except AgentNotReady:
        return None, error("not_ready", 503)


def _advice_from(
    body: dict[str, Any], advice: AdviceLibrary
) -> tuple[str, str, str | None, int | None]:
    """(text, topic, advice id, version) of a worker's advice request."""
    if isinstance(body.get("advice_id"), str):
        try:
            entry = advice.get(body["advice_id"])
        except KeyError:
            raise ValueError("unknown_advice") from None
        return entry.text, entry.topic, entry.id, entry.version
    text, topic = body.get("text"), body.get("topic")
    if not isinstance(text, str) or not isinstance(topic, str):
        raise ValueError("bad_request")
    if topic not in (*advice.topics, FREE_TOPIC):
        raise ValueError("unknown_topic")
    return text, topic, None, None


def _set_cookie(
    response: HTTPResponse, token: str, settings: Settings, max_age: int | None = None
) -> None:
    response.cookies[COOKIE] = token
    cookie = response.cookies[COOKIE]
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["path"] = "/"
    cookie["secure"] = settings.cookie_secure
    cookie["max-age"] = (
        max_age
        if max_age is not None
        else int(timedelta(minutes=settings.staff_session_minutes).total_seconds())
    )
