"""Rasa InputChannel for the website chat: websocket ``/chat/ws``.

Replies are collected while Rasa handles the message and sent after
``handle_message`` returns, that is after the tracker (with the user's message) is
saved; an ``ack`` frame closes the turn and confirms the message is stored. On
reconnect the conversation so far is sent from the tracker store, so nothing the
bot or a worker said while the chatter was away is lost.

While a worker has the conversation, Rasa records the chatter's messages without
answering; the relay (see :mod:`bot.handoff`) carries them to the worker and the
worker's messages and handoff notices to this connection.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot.channel.limits import ChatLimits, FloodGuard, address_of
from bot.channel.payloads import PayloadChecker
from bot.channel.protocol import ERRORS, ClientFrame, ProtocolError, parse_frame
from bot.conversation import transcript
from bot.language.catalogue import response_language, response_name
from bot.language.detect import SERVED
from bot.safety import UTTER_ACUTE
from bot.store import SessionStore

logger = logging.getLogger(__name__)

ACUTE_RESPONSES = frozenset(
    {UTTER_ACUTE} | {response_name("danger_acute", lang) for lang in SERVED}
)


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
        frame = {
            "type": "message",
            "from": "bot",
            "text": text,
            "buttons": buttons,
            "acute": message.get("utter_action") in ACUTE_RESPONSES,
        }
        # The page shows its fixed texts (Snel weg, 112...) in this language.
        language = response_language(message.get("utter_action"))
        if language is not None:
            frame["language"] = language
        self.frames.append(frame)

    async def send_text_message(
        self, recipient_id: str, text: str, **kwargs: Any
    ) -> None:
        """Plain text (used by Rasa for some internal messages)."""
        await self.send_response(recipient_id, {"text": text, **kwargs})


OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class Relay(Protocol):
    """What the channel needs from the handoff (see bot.handoff.HandoffService)."""

    def subscribe_chat(self, conversation_id: str) -> Any:
        """A subscription whose ``get()`` yields frames for this chatter."""

    def is_taken_over(self, conversation_id: str) -> bool:
        """True while a worker has the conversation."""

    async def chatter_said(self, conversation_id: str, text: str, ref: str) -> None:
        """Show a message to the worker at once, before Rasa has handled it."""

    async def after_chatter_turn(self, conversation_id: str) -> None:
        """Pass the turn on to staff when the conversation is queued."""


class WebsiteInput(InputChannel):
    """The website chat: anonymous sessions, JSON frames over a websocket."""

    @classmethod
    def name(cls) -> str:
        """Channel name (``input_channel`` on user events)."""
        return "website"

    def __init__(
        self,
        sessions: SessionStore,
        max_chars: int,
        relay: Relay | None = None,
        on_delete: Callable[[str], Awaitable[Any]] | None = None,
        on_safety_plan: Callable[[str], Awaitable[Any]] | None = None,
        limits: ChatLimits | None = None,
    ) -> None:
        self.sessions = sessions
        self.max_chars = max_chars
        self.relay = relay
        self.flood = FloodGuard(limits or ChatLimits())
        self.payloads = PayloadChecker()
        # Deletes a conversation when the chatter ends it and asks for that.
        self.on_delete = on_delete
        self.on_safety_plan = on_safety_plan

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes: ``GET /health`` of the channel and the websocket ``/ws``."""
        bp = Blueprint("website_chat")

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return json_response({"status": "ok"})

        @bp.middleware("request")
        async def refuse_blocked(request: Request) -> HTTPResponse | None:
            # Before the websocket handshake: a blocked script costs next to nothing.
            if request.path.endswith("/ws") and self.flood.blocked(address_of(request)):
                return json_response(ProtocolError("rate_limited").frame(), status=429)
            return None

        @bp.websocket("/ws")
        async def chat(request: Request, socket: Any) -> None:
            address = address_of(request)
            if not self.flood.connect(address):
                refused = ProtocolError("too_many_connections").frame()
                await socket.send(json.dumps(refused, ensure_ascii=False))
                return
            try:
                await _Connection(self, request, socket, on_new_message).serve()
            finally:
                self.flood.disconnect(address)

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
        self.address = address_of(request)
        self.socket = socket
        self.on_new_message = on_new_message
        self.token: str | None = None
        self.conversation_id: str | None = None
        self._send_lock = asyncio.Lock()
        self._forwarder: asyncio.Task[None] | None = None
        self._bucket = channel.flood.connection_bucket()
        self._refusals = 0  # rate-limit refusals in a row

    async def send(self, frame: dict[str, Any]) -> None:
        # The turn and the relay forwarder both send; frames must not interleave.
        async with self._send_lock:
            await self.socket.send(json.dumps(frame, ensure_ascii=False))

    async def serve(self) -> None:
        try:
            await self._serve()
        finally:
            self._stop_forwarding()

    def _start_forwarding(self) -> None:
        """Deliver worker messages and notices for this conversation as they come."""
        self._stop_forwarding()
        relay = self.channel.relay
        if relay is None or self.conversation_id is None:
            return
        subscription = relay.subscribe_chat(self.conversation_id)

        async def forward() -> None:
            try:
                while True:
                    await self.send(await subscription.get())
            except asyncio.CancelledError:
                raise
            except Exception:  # the socket closed under us
                return
            finally:
                subscription.close()

        self._forwarder = asyncio.get_running_loop().create_task(forward())

    def _stop_forwarding(self) -> None:
        if self._forwarder is not None:
            self._forwarder.cancel()
            self._forwarder = None

    async def _serve(self) -> None:
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
                    await self.end(delete=frame.delete)
                    return
                elif frame.type == "safety_plan":
                    await self.safety_plan()
                else:
                    await self.message(frame)
            except ProtocolError as exc:
                await self.send(exc.frame())
                if self._struck_out(exc.code):
                    return
            except asyncio.CancelledError:
                raise
            except Exception:
                # The database away, a bug: the chatter hears how to reach Veilig
                # Thuis and the socket stays open for when it works again. Nothing
                # unstored was acknowledged. Never log the text.
                logger.exception("handling a chat frame failed")
                await self.send(ProtocolError("server_error").frame())

    def _struck_out(self, code: str) -> bool:
        """Count refusals in a row; True when this connection must be closed."""
        if code != "rate_limited":
            return False
        self._refusals += 1
        if self._refusals < self.channel.flood.limits.strikes:
            return False
        self.channel.flood.block(self.address)
        return True

    async def hello(self, frame: ClientFrame) -> None:
        sessions = self.channel.sessions
        known = sessions.resolve(frame.session) if frame.session else None
        if known is None:
            # A new conversation is stored: it costs the address a message.
            if not self.channel.flood.allow(self.address):
                raise ProtocolError("rate_limited")
            self.token, self.conversation_id = sessions.create()
            await self.send({"type": "session", "session": self.token})
            self._start_forwarding()
            return
        self.token, self.conversation_id = frame.session, known
        # Subscribe before reading the history: a worker message sent in that
        # instant may then show twice, but never goes missing.
        self._start_forwarding()
        await self.send({"type": "session", "session": self.token})
        await self.send({"type": "history", "messages": await self.history()})

    async def history(self) -> list[dict[str, Any]]:
        agent = getattr(self.request.app.ctx, "agent", None)
        if agent is None:
            # Not an empty history: the page would take it for a lost chat.
            raise ProtocolError("not_ready")
        assert self.conversation_id is not None
        tracker = await agent.tracker_store.retrieve(self.conversation_id)
        return transcript(tracker.events if tracker else [])

    async def message(self, frame: ClientFrame) -> None:
        # Before anything is stored or parsed: a flood costs the others nothing.
        if not self.channel.flood.allow(self.address, self._bucket):
            raise ProtocolError("rate_limited")
        self._refusals = 0
        agent = getattr(self.request.app.ctx, "agent", None)
        if agent is None:
            raise ProtocolError("not_ready")
        if frame.type == "button":
            # Only what the domain's own buttons send reaches Rasa (see payloads).
            self.channel.payloads.check(frame.text, agent.domain)
        assert self.conversation_id is not None
        relay = self.channel.relay
        taken_over = relay is not None and relay.is_taken_over(self.conversation_id)
        # The ref ties the worker's instant preview to the stored, assessed message.
        ref = uuid.uuid4().hex
        metadata = {"ref": ref}
        if frame.type == "button":
            metadata["title"] = frame.title
        if not taken_over:
            await self.send({"type": "typing"})
        elif relay is not None:
            try:
                await relay.chatter_said(
                    self.conversation_id,
                    frame.title if frame.type == "button" else frame.text,
                    ref,
                )
            except Exception:
                logger.exception("showing a chat message to the worker failed")
        output = WebsiteOutput()
        try:
            # One address gets few turns at once: many sockets, one sender.
            async with self.channel.flood.turn(self.address):
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
        if not output.frames and not (
            relay is not None and relay.is_taken_over(self.conversation_id)
        ):
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
        if relay is not None:
            try:
                await relay.after_chatter_turn(self.conversation_id)
            except Exception:
                # The message is stored; staff see it in the transcript anyway.
                logger.exception("passing a chat turn to staff failed")

    async def safety_plan(self) -> None:
        """Record that the chatter made a safety plan (as advice, no content)."""
        if not self.channel.flood.allow(self.address, self._bucket):
            raise ProtocolError("rate_limited")
        if self.channel.on_safety_plan is None:
            raise ProtocolError("unknown_type")
        assert self.conversation_id is not None
        await self.channel.on_safety_plan(self.conversation_id)
        await self.send({"type": "safety_plan_recorded"})

    async def end(self, delete: bool = False) -> None:
        if self.token:
            self.channel.sessions.forget(self.token)
        deleted = False
        if delete and self.channel.on_delete is not None:
            assert self.conversation_id is not None
            try:
                await self.channel.on_delete(self.conversation_id)
                deleted = True
            except Exception:
                logger.exception("deleting a conversation on request failed")
        frame: dict[str, Any] = {"type": "ended"}
        if delete:
            frame["deleted"] = deleted
        await self.send(frame)
