"""The REST channel (/webhooks/rest/webhook) with the website chat's safeguards.

Rasa's own RestInput takes the client's ``sender`` as the conversation id (so a
client that knows a website conversation's id could write into it, and clients
without a sender all share one conversation called "default"), has no flood
limits, logs the message text when handling fails and then answers 200 with no
replies, as if all went well. This one keeps REST conversations in their own
namespace, applies the same per-address limits as the websocket, never logs the
text, and answers a failure with an error the client can act on.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.channel.limits import FloodGuard, address_of
from bot.channel.protocol import ProtocolError

logger = logging.getLogger(__name__)

SENDER_PREFIX = "rest-"
MAX_SENDER_CHARS = 64


def _error(code: str, status: int, **details: Any) -> HTTPResponse:
    """The websocket's error (code, Dutch text, details) as a REST answer."""
    body = ProtocolError(code, **details).frame()
    del body["type"]
    body["error"] = body.pop("code")
    return json(body, status=status)


class GuardedRestInput(RestInput):
    """POST {"sender": ..., "message": ...}; the reply is the bot's messages."""

    def __init__(self, flood: FloodGuard, max_chars: int) -> None:
        super().__init__()
        self.flood = flood
        self.max_chars = max_chars

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """``GET /`` for health and ``POST /webhook`` for one message."""
        bp = Blueprint("rest_chat")

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if getattr(request.app.ctx, "agent", None) is None:
                return _error("not_ready", 503)
            try:
                body = request.json
            except Exception:
                body = None
            if not isinstance(body, dict):
                return _error("invalid_json", 400)
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER_CHARS:
                return _error("bad_frame", 400)
            if not isinstance(text, str) or not text.strip():
                return _error("empty_message", 400)
            if len(text) > self.max_chars:
                return _error(
                    "message_too_long", 413, length=len(text), limit=self.max_chars
                )
            address = address_of(request)
            if not self.flood.allow(address):
                return _error("rate_limited", 429)
            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, SENDER_PREFIX + sender, input_channel=self.name()
            )
            try:
                async with self.flood.turn(address):
                    await on_new_message(message)
            except Exception:
                # Never log the text: it is special-category personal data.
                logger.exception("handling a REST chat message failed")
                return _error("server_error", 500)
            return json(collector.messages)

        return bp
