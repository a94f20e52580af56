"""The websocket protocol of /chat/ws: parsing client frames and error replies.

Pure functions, so every bad frame (invalid JSON, binary, too long, unknown type)
is tested directly; each error has a stable code and a Dutch text for the chatter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

MAX_PAYLOAD_CHARS = 300

ERRORS = {
    "invalid_json": "Dit bericht kon ik niet lezen. Probeer het opnieuw.",
    "binary_not_supported": "Dit soort bericht kan ik niet lezen. Stuur gewone tekst.",
    "bad_frame": "Dit bericht kon ik niet verwerken. Probeer het opnieuw.",
    "unknown_type": "Dit soort bericht ken ik niet.",
    "hello_required": "De chat is nog niet gestart. Laad de pagina opnieuw.",
    "empty_message": "Je bericht is leeg. Typ eerst iets.",
    "message_too_long": (
        "Je bericht is te lang: {length} tekens. Het maximum is {limit} tekens. "
        "Stuur je verhaal in kortere stukken; er is niets verstuurd."
    ),
    "not_ready": (
        "De chat start nog op. Probeer het over een halve minuut opnieuw. "
        "In direct gevaar: bel 112. Veilig Thuis: 0800-2000, gratis en 24/7."
    ),
    "no_reply": (
        "Ik kan hier nu geen antwoord op geven. Bel Veilig Thuis: 0800-2000, "
        "gratis en 24/7. In direct gevaar: bel 112."
    ),
    "rate_limited": (
        "Je stuurt veel berichten snel na elkaar. Wacht even en stuur je bericht "
        "dan opnieuw. In direct gevaar: bel 112. Veilig Thuis: 0800-2000, gratis "
        "en 24/7."
    ),
    "too_many_connections": (
        "Er zijn te veel chats tegelijk open vanaf dit adres. Sluit een ander "
        "chatvenster en probeer het opnieuw. In direct gevaar: bel 112. "
        "Veilig Thuis: 0800-2000, gratis en 24/7."
    ),
    "server_error": (
        "Er ging iets mis aan onze kant. Probeer het zo opnieuw. "
        "Bel Veilig Thuis: 0800-2000, gratis en 24/7. In direct gevaar: bel 112."
    ),
    "unknown_button": (
        "Deze knop ken ik niet. Typ je vraag in je eigen woorden. "
        "In direct gevaar: bel 112. Veilig Thuis: 0800-2000, gratis en 24/7."
    ),
    "request_too_large": (
        "Dit is te veel tekst in één keer; er is niets verstuurd. Stuur je "
        "verhaal in kortere stukken. In direct gevaar: bel 112. Veilig Thuis: "
        "0800-2000, gratis en 24/7."
    ),
    "taken_over": (
        "Een medewerker van Veilig Thuis heeft dit gesprek overgenomen, maar de "
        "berichten van de medewerker komen via dit kanaal niet aan. Bel Veilig "
        "Thuis: 0800-2000, gratis en 24/7. In direct gevaar: bel 112."
    ),
}


class ProtocolError(ValueError):
    """A frame the server refuses; ``frame()`` is the error sent back."""

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        super().__init__(code)

    def frame(self) -> dict[str, Any]:
        """The ``{"type":"error"}`` frame for the client."""
        text = ERRORS[self.code].format(**self.details)
        return {"type": "error", "code": self.code, "text": text, **self.details}


@dataclass(frozen=True)
class ClientFrame:
    """A valid client frame."""

    type: str  # hello | message | button | end | safety_plan
    session: str | None = None
    text: str = ""
    title: str = ""
    client_id: str | None = None
    delete: bool = False  # on "end": delete the conversation now


def parse_frame(raw: str | bytes | None, max_chars: int) -> ClientFrame:
    """Validate one websocket frame from the chatter's browser.

    Raises:
        ProtocolError: with the code to send back; the socket stays open.
    """
    if isinstance(raw, (bytes, bytearray)):
        raise ProtocolError("binary_not_supported")
    if raw is None:
        raise ProtocolError("bad_frame")
    try:
        data = json.loads(raw)
    except ValueError:
        raise ProtocolError("invalid_json") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise ProtocolError("bad_frame")
    kind = data["type"]
    client_id = _optional_str(data.get("id"), 64)
    if kind == "hello":
        session = data.get("session")
        if session is not None and not isinstance(session, str):
            raise ProtocolError("bad_frame")
        return ClientFrame(type="hello", session=session or None)
    if kind == "message":
        text = typed_text(data.get("text"), max_chars)
        return ClientFrame(type="message", text=text, client_id=client_id)
    if kind == "button":
        payload = _text(data.get("payload"), MAX_PAYLOAD_CHARS)
        title = _optional_str(data.get("title"), MAX_PAYLOAD_CHARS) or payload
        return ClientFrame(
            type="button", text=payload, title=title, client_id=client_id
        )
    if kind == "safety_plan":
        # Only that a plan was made: its content never leaves the browser.
        return ClientFrame(type="safety_plan")
    if kind == "end":
        delete = data.get("delete", False)
        if not isinstance(delete, bool):
            raise ProtocolError("bad_frame")
        return ClientFrame(type="end", delete=delete)
    raise ProtocolError("unknown_type")


def typed_text(value: Any, max_chars: int) -> str:
    """A chatter's typed message, checked and made safe to hand to Rasa.

    Typed text is never a Rasa command: Rasa obeys a text that starts with "/"
    as an intent with entities ("/restart", "/inform_audience{...}") and prints
    such texts in its warnings, so every channel strips the leading slashes.

    Raises:
        ProtocolError: not a string, empty, or longer than ``max_chars``.
    """
    text = _text(value, max_chars).lstrip("/").strip()
    if not text:
        raise ProtocolError("empty_message")
    return text


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise ProtocolError("bad_frame")
    text = value.replace("\x00", "").strip()
    if not text:
        raise ProtocolError("empty_message")
    if len(text) > limit:
        raise ProtocolError("message_too_long", length=len(text), limit=limit)
    return text


def _optional_str(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (str, int)) or len(str(value)) > limit:
        raise ProtocolError("bad_frame")
    return str(value)
