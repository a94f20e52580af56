"""What a reviewer sees of a conversation in a list, from its stored events.

Pure functions over Rasa event dicts (``Event.as_dict()``), so the list, its
filters and the tests need no Rasa runtime.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.conversation.messages import turns_from_events
from bot.safety import conversation_danger, language_of_conversation


@dataclass(frozen=True)
class ConversationSummary:
    """Level, indicators and audience of one conversation, and its size."""

    level: str
    indicators: tuple[str, ...]
    audience: str | None
    user_messages: int
    channel: str | None
    # ISO 639-1: the language the chatter writes (and is answered) in.
    language: str = "nl"


def summarise(events: Iterable[Mapping[str, Any]]) -> ConversationSummary:
    """Fold the events of a conversation (all sessions) into its summary.

    The level is the highest the conversation reached: the same fold the bot
    uses while chatting, so the list shows what the bot acted on.
    """
    events = list(events)
    turns = turns_from_events(events)
    danger = conversation_danger(turns)[1]
    audience = None
    channel = None
    users = 0
    for event in events:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "audience":
            audience = event.get("value") or audience
        elif kind == "user":
            users += 1
            channel = event.get("input_channel") or channel
    return ConversationSummary(
        level=danger.level.value,
        indicators=danger.codes,
        audience=audience,
        user_messages=users,
        channel=channel,
        language=language_of_conversation(turns),
    )


def language_of_events(events: Iterable[Mapping[str, Any]]) -> str:
    """The language the chatter writes in, from the stored events (ISO 639-1)."""
    return language_of_conversation(turns_from_events(events))


def mentions(events: Iterable[Mapping[str, Any]], needle: str) -> bool:
    """True when a user, bot or worker message of the events holds ``needle``.

    Case-insensitive, on the decoded text, so accents and quotes match as typed.
    """
    needle = needle.casefold()
    return any(needle in str(e.get("text") or "").casefold() for e in events)
