"""Rasa InputChannel for the website chat: websocket ``/chat/ws``.

Replies are collected while Rasa handles the message and sent after
``handle_message`` returns, that is after the tracker (with the user's message) is
saved; an ``ack`` frame closes the turn and confirms the message is stored. On
reconnect the conversation so far is sent from the tracker store, so nothing the
bot said while the chatter was away is lost.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot.channel.protocol import ERRORS, ClientFrame, ProtocolError, parse_frame
from bot.safety import UTTER_ACUTE
from bot.store import SessionStore

logger = logging.getLogger(__name__)

ACUTE_RESPONSES = frozenset({UTTER_ACUTE})


class WebsiteOutput(OutputChannel):
    """Collects the bot's messages of one turn as protocol frames."""

    @classmethod
    def name(cls) -> str:
        """Channel name recorded on events."""
        return "website"

    def __init__(self) -> None:
        self.frames: list[dict[str, Any]] = []

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Turn one Rasa message (text, buttons, response name) into one frame."""
        text = message.get("text") or ""
        buttons = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in message.get("buttons") or message.get("quick_replies") or []
        ]
        if not text and not buttons:
            return
        self.frames.append(
            {
                "type": "message",
                "from": "bot",
                "text": text,
                "buttons": buttons,
                "acute": message.get("utter_action") in ACUTE_RESPONSES,
            }
        )

    async def send_text_message(
        self, recipient_id: str, text: str, **kwargs: Any
    ) -> None:
        """Plain text (used by Rasa for some internal messages)."""
        await self.send_response(recipient_id, {"text": text, **kwargs})


OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class WebsiteInput(InputChannel):
    """The website chat: anonymous sessions, JSON frames over a websocket."""

    @classmethod
    def name(cls) -> str:
        """Channel name (``input_channel`` on user events)."""
        return "website"

    def __init__(self, sessions: SessionStore, max_chars: int) -> None:
        self.sessions = sessions
        self.max_chars = max_chars

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes: ``GET /health`` of the channel and the websocket ``/ws``."""
        bp = Blueprint("website_chat")

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return json_response({"status": "ok"})

        @bp.websocket("/ws")
        async def chat(request: Request, socket: Any) -> None:
            await _Connection(self, request, socket, on_new_message).serve()

        return bp

    def get_output_channel(self) -> OutputChannel | None:
        """Bot messages outside a turn are delivered with the conversation history."""
        return None


class _Connection:
    """One chatter's websocket: hello, then messages, buttons or end."""

    def __init__(
        self,
        channel: WebsiteInput,
        request: Request,
        socket: Any,
        on_new_message: OnNewMessage,
    ) -> None:
        self.channel = channel
        self.request = request
        self.socket = socket
        self.on_new_message = on_new_message
        self.token: str | None = None
        self.conversation_id: str | None = None

    async def send(self, frame: dict[str, Any]) -> None:
        await self.socket.send(json.dumps(frame, ensure_ascii=False))

    async def serve(self) -> None:
        while True:
            try:
                raw = await self.socket.recv()
            except Exception:
                return
            if raw is None:
                return
            try:
                frame = parse_frame(raw, self.channel.max_chars)
                if frame.type == "hello":
                    await self.hello(frame)
                elif self.conversation_id is None:
                    raise ProtocolError("hello_required")
                elif frame.type == "end":
                    await self.end()
                    return
                else:
                    await self.message(frame)
            except ProtocolError as exc:
                await self.send(exc.frame())

    async def hello(self, frame: ClientFrame) -> None:
        sessions = self.channel.sessions
        known = sessions.resolve(frame.session) if frame.session else None
        if known is None:
            self.token, self.conversation_id = sessions.create()
            await self.send({"type": "session", "session": self.token})
            return
        self.token, self.conversation_id = frame.session, known
        await self.send({"type": "session", "session": self.token})
        await self.send({"type": "history", "messages": await self.history()})

    async def history(self) -> list[dict[str, str]]:
        agent = getattr(self.request.app.ctx, "agent", None)
        if agent is None or self.conversation_id is None:
            return []
        tracker = await agent.tracker_store.retrieve(self.conversation_id)
        return transcript_messages(tracker.events if tracker else [])

    async def message(self, frame: ClientFrame) -> None:
        if getattr(self.request.app.ctx, "agent", None) is None:
            raise ProtocolError("not_ready")
        assert self.conversation_id is not None
        await self.send({"type": "typing"})
        output = WebsiteOutput()
        metadata = {"title": frame.title} if frame.type == "button" else {}
        try:
            await self.on_new_message(
                UserMessage(
                    frame.text,
                    output,
                    self.conversation_id,
                    input_channel=WebsiteInput.name(),
                    metadata=metadata,
                )
            )
        except Exception:
            # Never log the text: it is special-category personal data.
            logger.exception("handling a chat message failed")
            raise ProtocolError("server_error") from None
        if not output.frames:
            # The action server is down or failed: never leave the chatter in silence.
            output.frames.append(
                {
                    "type": "message",
                    "from": "bot",
                    "text": ERRORS["no_reply"],
                    "buttons": [],
                    "acute": False,
                }
            )
        for reply in output.frames:
            await self.send(reply)
        # Last frame of the turn: the message is stored and every reply is sent.
        await self.send({"type": "ack", "id": frame.client_id})

    async def end(self) -> None:
        if self.token:
            self.channel.sessions.forget(self.token)
        await self.send({"type": "ended"})


def transcript_messages(events: Any) -> list[dict[str, str]]:
    """User and bot texts of a tracker's events, as the page shows them."""
    messages = []
    for event in events:
        name = getattr(event, "type_name", None)
        if name == "user":
            text = event.text or ""
            if text.startswith("/"):
                text = (event.metadata or {}).get("title") or ""
            if text:
                messages.append({"from": "user", "text": text})
        elif name == "bot" and event.text:
            sender = (event.metadata or {}).get("from", "bot")
            messages.append({"from": sender, "text": event.text})
    return messages
