"""A stored conversation's user messages, each with its assessment and tokens.

The intake, the handoff summary, the review transcript and the safety policy all
start here, so they agree on which events are messages, how a button press is
shown (its title, not its payload) and which message answers which question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.conversation.parse_data import (
    assessment_of,
    basic_answer_of,
    event_dicts,
    intent_of,
    language_of,
    tokens_in,
)
from bot.danger import Assessment
from bot.danger.patterns import Tok, normalise
from bot.safety import Turn

# The slot the assistant sets when it asks an intake question; its value names
# the field the chatter's next message answers ("safe_now", "children", ...).
INTAKE_QUESTION_SLOT = "intake_question"
# A worker taking the chat over or giving it back: a question the assistant
# asked before that is no longer waiting for an answer.
HANDOVER_EVENTS = frozenset({"pause", "resume"})
# Words that open a Dutch question: the question words, a verb with its subject
# first ("mag ik", "kan je", "moet u"), and "ik wil weten", "ik heb een vraag".
_QUESTION_START = re.compile(
    r"^\s*(?:(?:wat|wie|waar\w*|wanneer|waarom|hoe\w*|welke?)\b"
    r"|(?:mag|mogen|kan|kun|kunt|kunnen|moet|moeten|wil|wilt|zal|zou|is|zijn|heb|"
    r"heeft|hebben|ben|bent|word|wordt|weet|krijg|krijgt)\s+"
    r"(?:ik|je|jij|u|we|wij|jullie|hij|zij|ze|het|er|dat|dit|een|de|mijn)\b"
    r"|ik\s+(?:wil|zou|wou)\s+(?:graag\s+)?(?:weten|vragen)\b"
    r"|ik\s+heb\s+(?:een|nog\s+een)\s+vraag\b|(?:info|informatie|uitleg)\s+over\b)",
    re.IGNORECASE,
)


def worded_as_question(text: str) -> bool:
    """The chatter asks something: a "?", a question word first, or a topic button.

    An intake answer is rarely worded so, even when the model reads a topic in
    it ("ja na drie uur"); a question of the chatter's own usually is.
    """
    return text.startswith("/") or "?" in text or bool(_QUESTION_START.match(text))


@dataclass(frozen=True)
class UserMessage:
    """One message the chatter wrote or a button the chatter pressed.

    ``index`` counts user messages only (0-based): the number the intake's
    evidence and the transcript's ``message`` field share.
    """

    index: int
    text: str
    button: bool
    assessment: Assessment
    toks: tuple[Tok, ...]
    answer_to: str | None
    timestamp: float | None


def shown_text(event: Mapping[str, Any]) -> str:
    """The text of a user event as people see it: a button's title, not its payload."""
    text = str(event.get("text") or "")
    if text.startswith("/"):
        return str((event.get("metadata") or {}).get("title") or "")
    return text


def user_messages(events: Iterable[Any]) -> list[UserMessage]:
    """The user messages of stored events (dicts or Rasa events), oldest first.

    Events without shown text (a button payload without title) are not
    messages. A message answers an intake question when the question slot was
    set after the previous user message; button presses carry no danger.
    """
    out: list[UserMessage] = []
    asked: str | None = None
    for event in event_dicts(events):
        kind = event.get("event")
        if kind == "slot" and event.get("name") == INTAKE_QUESTION_SLOT:
            asked = str(event["value"]) if event.get("value") else None
            continue
        if kind in HANDOVER_EVENTS:
            asked = None
            continue
        if kind != "user":
            continue
        text = shown_text(event)
        if not text:
            continue
        parse_data = event.get("parse_data") or {}
        button = str(event.get("text") or "").startswith("/")
        out.append(
            UserMessage(
                index=len(out),
                text=text,
                button=button,
                assessment=assessment_of(None if button else parse_data),
                toks=tuple(_title_tokens(text) if button else tokens_in(parse_data)),
                answer_to=asked,
                timestamp=event.get("timestamp"),
            )
        )
        asked = None
    return out


def _title_tokens(title: str) -> list[Tok]:
    """Matcher tokens of a button title ("Ja", "Liever niet"), which NLU never saw.

    Titles are the assistant's own short words, so splitting on spaces is enough
    for the intake to read a button as the answer it is.
    """
    toks = []
    for match in re.finditer(r"[^\W_]+", title):
        word = normalise(match.group())
        toks.append(
            Tok(norm=word, lemma=word, start=match.start(), end=match.end(), sent=0)
        )
    return toks


def turns_from_events(events: Iterable[Any]) -> list[Turn]:
    """Safety turns (user messages and executed actions) from stored events.

    Pass the applied events of the current session; the danger assessment of
    each user message is read from its parse data.
    """
    turns = []
    for event in event_dicts(events):
        kind = event.get("event")
        if kind == "user":
            parse_data = event.get("parse_data")
            turns.append(
                Turn(
                    assessment=assessment_of(parse_data),
                    intent=intent_of(parse_data),
                    question=worded_as_question(str(event.get("text") or "")),
                    language=language_of(parse_data),
                    basic_answer=basic_answer_of(parse_data),
                )
            )
        elif kind == "action" and event.get("name"):
            turns.append(Turn(action=str(event["name"])))
        elif kind == "slot" and event.get("name") == INTAKE_QUESTION_SLOT:
            turns.append(Turn(asked=str(event.get("value") or "")))
        elif kind in HANDOVER_EVENTS:
            turns.append(Turn(asked=""))
    return turns
