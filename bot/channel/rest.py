"""The REST channel (/webhooks/rest/webhook) with the website chat's safeguards.

Rasa's own RestInput takes the client's ``sender`` as the conversation id (so a
client that knows a website conversation's id could write into it, and clients
without a sender all share one conversation called "default"), has no flood
limits, logs the message text when handling fails and then answers 200 with no
replies, as if all went well. This one keeps REST conversations in their own
namespace, applies the same per-address limits as the websocket, never logs the
text, and answers a failure with an error the client can act on.

It is off unless ``VT_REST_CHANNEL=true``: a channel for tests and integrations,
not for chatters. It reaches a client only with the answer to its own request,
so the typed text follows the websocket's rules (a leading "/" is never a Rasa
command) and a conversation a worker has taken over answers 409 ``taken_over``.
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
from bot.channel.protocol import ProtocolError, typed_text

logger = logging.getLogger(__name__)

SENDER_PREFIX = "rest-"
MAX_SENDER_CHARS = 64


def error_response(code: str, status: int, **details: Any) -> HTTPResponse:
    """The websocket's error (code, Dutch text, details) as a REST answer."""
    body = ProtocolError(code, **details).frame()
    del body["type"]
    body["error"] = body.pop("code")
    return json(body, status=status)


class GuardedRestInput(RestInput):
    """POST {"sender": ..., "message": ...}; the reply is the bot's messages."""

    def __init__(
        self,
        flood: FloodGuard,
        max_chars: int,
        taken_over: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self.flood = flood
        self.max_chars = max_chars
        # Worker messages cannot reach a REST client (it only gets the answer to
        # its own request), so a taken-over conversation is refused, not silent.
        self.taken_over = taken_over or (lambda _: False)

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
                return error_response("not_ready", 503)
            # Limits before parsing: a flood of bodies costs no JSON work (and
            # Sanic refused any body over VT_REQUEST_MAX_BYTES unread).
            address = address_of(request)
            if not self.flood.allow(address):
                return error_response("rate_limited", 429)
            try:
                body = request.json
            except Exception:
                body = None
            if not isinstance(body, dict):
                return error_response("invalid_json", 400)
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER_CHARS:
                return error_response("bad_frame", 400)
            try:
                text = typed_text(text, self.max_chars)  # the websocket's rules
            except ProtocolError as exc:
                status = 413 if exc.code == "message_too_long" else 400
                return error_response(exc.code, status, **exc.details)
            conversation_id = SENDER_PREFIX + sender
            if self.taken_over(conversation_id):
                return error_response("taken_over", 409)
            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, conversation_id, input_channel=self.name()
            )
            try:
                async with self.flood.turn(address):
                    await on_new_message(message)
            except Exception:
                # Never log the text: it is special-category personal data.
                logger.exception("handling a REST chat message failed")
                return error_response("server_error", 500)
            if not collector.messages and self.taken_over(conversation_id):
                return error_response("taken_over", 409)  # claimed during this turn
            return json(collector.messages)

        return bp
