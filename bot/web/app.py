"""App factory: the chat page, the channels, the staff API and console, /health.

The Rasa agent loads in the background after the server starts, so /health can
answer 503 while the model loads and 200 once it is ready. The handoff relay (bus)
and its queue watcher start with the server and stop with it.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage
from sanic import Request, Sanic
from sanic.exceptions import PayloadTooLarge
from sanic.response import HTTPResponse, file, json
from sanic.response import html as html_response

from bot.advice import load_library
from bot.channel import WebsiteInput
from bot.channel.limits import ChatLimits
from bot.channel.rest import GuardedRestInput, error_response
from bot.conversation import indicator_labels
from bot.handoff import QUEUE_TOPIC, Conversations, HandoffService, make_bus
from bot.handoff.recent import RecentEvents
from bot.language.catalogue import load_catalogues, page_texts_json
from bot.review.redaction import lazy_redactor
from bot.review.service import review_service
from bot.settings import Settings
from bot.staff import LoginThrottle, StaffAccounts, StaffSessions
from bot.store import Database, HandoffStore, SessionStore
from bot.store.review import AdviceRecord, AdviceRecords
from bot.store.transcripts import Transcripts
from bot.web.review_api import review_blueprint
from bot.web.staff_api import install_guard, staff_blueprint

logger = logging.getLogger(__name__)

STATIC_FILES = {
    "chat.js",
    "plan.js",
    "chat.css",
    "embed.js",
    "favicon.ico",
    "favicon.svg",
}
CONSOLE_FILES = {"console.js", "console.css", "review.js", "intake.js"}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
)

HSTS = "max-age=31536000"  # one year; no includeSubDomains: other sites share it


def static_dir(name: str = "static") -> Path:
    """The packaged static files of the chat page (or of the console)."""
    return Path(str(resources.files("bot.web").joinpath(name)))


# The guided safety plan on the chat page is recorded as advice of this topic,
# given by the form (not the bot, not a worker).
SAFETY_PLAN_TOPIC = "veiligheidsplan"
SAFETY_PLAN_GIVER = "formulier"


def create_app(
    settings: Settings,
    db: Database,
    agent_loader: Callable[[], Agent] | None = None,
    name: str = "vtchat",
) -> Sanic:
    """Build the Sanic app; ``agent_loader`` runs in a thread after start-up.

    Args:
        settings: the typed settings.
        db: an opened database (see :func:`bot.store.open_database`).
        agent_loader: builds the Rasa agent; None leaves the app without one
            (the chat then answers "not ready"), which tests use.
        name: Sanic app name (unique per process).
    """
    app = Sanic(name, configure_logging=False)
    app.config.WEBSOCKET_MAX_SIZE = 64 * 1024
    _limit_requests(app, settings)
    app.ctx.settings = settings
    app.ctx.db = db
    app.ctx.agent = None
    app.ctx.agent_error = None

    async def handle(message: UserMessage) -> None:
        await app.ctx.agent.handle_message(message)

    sessions = SessionStore(db, timedelta(minutes=settings.chat_idle_minutes))
    bus = make_bus(settings.redis_url)
    handoffs = HandoffStore(db)
    records = AdviceRecords(db)
    labels = indicator_labels()
    handoff = HandoffService(
        store=handoffs,
        sessions=sessions,
        conversations=Conversations(lambda: app.ctx.agent),
        bus=bus,
        label=labels,
        timeout_s=settings.handoff_timeout,
        max_chars=settings.max_message_chars,
        recent=RecentEvents(Transcripts(db)),
        records=records,
    )
    review = review_service(db, labels, lazy_redactor())
    app.ctx.handoff = handoff

    async def delete_chat(conversation_id: str) -> None:
        agent = app.ctx.agent
        if agent is None:
            # The model is loading: no turn of this process can be in flight.
            review.delete_conversation(conversation_id)
        else:
            # Under the lock Rasa takes for a turn: a turn in flight saves
            # first; after the delete, Rasa's save (it appends what it counts
            # as new) would otherwise write the whole conversation back.
            async with agent.lock_store.lock(conversation_id):
                review.delete_conversation(conversation_id)
        await handoff.bus.publish(QUEUE_TOPIC, {"type": "queue_changed"})

    library = functools.cache(lambda: load_library(settings.advice_dir))

    async def record_safety_plan(conversation_id: str) -> None:
        # The plan's content stays in the chatter's browser: the record says
        # only that the guided plan was made, as advice of its topic.
        advice = library().for_topic(SAFETY_PLAN_TOPIC, "zelf")
        level = "geen"
        agent = app.ctx.agent
        if agent is not None:
            tracker = await agent.tracker_store.retrieve(conversation_id)
            if tracker is not None:
                level = str(tracker.get_slot("danger_level") or "geen")
        records.add(
            AdviceRecord(
                conversation_id=conversation_id,
                topic=advice.topic,
                danger_level=level,
                given_by=SAFETY_PLAN_GIVER,
                channel=WebsiteInput.name(),
                given_at=datetime.now(timezone.utc),
                advice_id=advice.id,
                advice_version=advice.version,
                audience=advice.audience,
            )
        )

    website = WebsiteInput(
        sessions,
        settings.max_message_chars,
        relay=handoff,
        on_delete=delete_chat,
        on_safety_plan=record_safety_plan,
        limits=ChatLimits(
            messages_per_minute=settings.chat_messages_per_minute,
            burst=settings.chat_burst,
            address_messages_per_minute=settings.chat_address_messages_per_minute,
            address_burst=settings.chat_address_burst,
            address_turns=settings.chat_address_turns,
            connections_per_address=settings.chat_connections_per_address,
        ),
    )
    app.blueprint(website.blueprint(handle), url_prefix="/chat")
    app.ctx.input_channels = [website]
    if settings.rest_channel:
        # Off by default: a REST client never gets a worker's messages (404 then).
        rest = GuardedRestInput(
            website.flood, settings.max_message_chars, handoff.is_taken_over
        )
        app.blueprint(rest.blueprint(handle), url_prefix="/webhooks/rest")
        app.ctx.input_channels.append(rest)
    staff_sessions = StaffSessions(
        db, timedelta(minutes=settings.staff_session_minutes)
    )
    app.blueprint(
        staff_blueprint(
            settings,
            StaffAccounts(db),
            staff_sessions,
            LoginThrottle(db, settings.login_max_failures),
            handoff,
            library,
        )
    )
    app.blueprint(review_blueprint(review, handoff))
    install_guard(app, staff_sessions)
    _add_pages(app, settings)
    _add_console(app)
    _add_headers(app, settings)
    _run_relay(app, handoff, settings)

    if agent_loader is not None:

        async def load_agent(app: Sanic) -> None:
            loop = asyncio.get_running_loop()
            try:
                app.ctx.agent = await loop.run_in_executor(None, agent_loader)
                logger.info("model loaded; the chat is ready")
            except Exception as exc:
                app.ctx.agent_error = f"{exc.__class__.__name__}: {exc}"
                logger.exception("loading the Rasa model failed")

        @app.after_server_start
        async def start_loading(app: Sanic, _: Any) -> None:
            app.add_task(load_agent(app))

    return app


def _limit_requests(app: Sanic, settings: Settings) -> None:
    """Body size, and who the client is behind a reverse proxy (Sanic's own way).

    Sanic refuses a body over REQUEST_MAX_SIZE with 413 from its Content-Length
    alone, before reading it, so nothing large is ever parsed. The proxy settings
    make ``request.remote_addr`` the client; :func:`address_of` uses it only for
    requests that come from a trusted proxy.
    """
    app.config.REQUEST_MAX_SIZE = settings.request_max_bytes

    @app.exception(PayloadTooLarge)
    async def too_large(_: Request, __: Exception) -> HTTPResponse:
        # The same code and Dutch text as every other refusal, not Sanic's own.
        return error_response("request_too_large", 413)

    app.ctx.trusted_proxies = ()
    if not settings.behind_proxy:
        return
    app.config.PROXIES_COUNT = settings.proxies_count or None
    app.config.REAL_IP_HEADER = settings.real_ip_header or None
    app.config.FORWARDED_SECRET = settings.forwarded_secret or None
    app.ctx.trusted_proxies = settings.trusted_proxy_networks


def _run_relay(app: Sanic, handoff: HandoffService, settings: Settings) -> None:
    """Connect the bus and run the queue watcher while the server runs."""
    stop = asyncio.Event()

    @app.after_server_start
    async def start_relay(app: Sanic, _: Any) -> None:
        await handoff.bus.start()
        app.add_task(handoff.watch(settings.queue_poll_ms / 1000, stop))

    @app.before_server_stop
    async def stop_relay(app: Sanic, _: Any) -> None:
        stop.set()
        await handoff.bus.close()


def _add_console(app: Sanic) -> None:
    """The worker console: a static page that talks to /api/ (login inside)."""
    console = static_dir("console")

    @app.get("/console", strict_slashes=False)
    async def console_page(_: Request) -> HTTPResponse:
        return await file(console / "index.html")

    @app.get("/console/<name:str>")
    async def console_static(_: Request, name: str) -> HTTPResponse:
        # The router hands "/console/" to this route with an empty name.
        if name in ("", "index.html"):
            return await file(console / "index.html")
        if name not in CONSOLE_FILES or not (console / name).is_file():
            return json({"error": "not_found"}, status=404)
        return await file(console / name)


def _add_pages(app: Sanic, settings: Settings) -> None:
    index = (static_dir() / "index.html").read_text("utf-8")
    page = (
        index.replace(
            'content="https://www.weeronline.nl/"',
            f'content="{html.escape(settings.exit_url, quote=True)}"',
        )
        .replace(
            'name="vt-max-length" content="2000"',
            f'name="vt-max-length" content="{settings.max_message_chars}"',
        )
        .replace(
            '<script type="application/json" id="vt-texts">{}</script>',
            '<script type="application/json" id="vt-texts">'
            f"{page_texts_json(load_catalogues())}</script>",
        )
    )

    @app.get("/")
    async def chat_page(_: Request) -> HTTPResponse:
        return html_response(page)

    @app.get("/static/<name:str>")
    async def static(_: Request, name: str) -> HTTPResponse:
        if name not in STATIC_FILES or not (static_dir() / name).is_file():
            return json({"error": "not_found"}, status=404)
        return await file(static_dir() / name)

    @app.get("/health")
    async def health(request: Request) -> HTTPResponse:
        if request.app.ctx.agent is not None:
            return json({"status": "ok", "model_loaded": True})
        if request.app.ctx.agent_error:
            return json({"status": "error", "model_loaded": False}, status=503)
        return json({"status": "loading", "model_loaded": False}, status=503)


def _add_headers(app: Sanic, settings: Settings) -> None:
    @app.on_response
    async def headers(request: Request, response: HTTPResponse) -> None:
        if settings.cookie_secure:
            # Served over HTTPS (what secure cookies promise): never let a later
            # visit fall back to plain HTTP, where a chat could be read along.
            response.headers["Strict-Transport-Security"] = HSTS
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        csp = CSP
        # The chat page may be framed by the embed script on other sites.
        if request.path != "/":
            csp += "; frame-ancestors 'none'"
            response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = csp
