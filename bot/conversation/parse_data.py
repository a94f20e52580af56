"""The shape of a stored user message's parse data, and the one place that reads it.

Rasa keeps what the NLU pipeline added to a message in the user event's
``parse_data``. Ours adds the danger assessment (key ``danger``) and the matcher
tokens (key ``tokens``), so the intake, the handoff summary and the review can be
read from stored events without running spaCy again. The TypedDicts name that
wire shape, as rasa-sdk does for its own dicts; everything else goes through
:func:`assessment_of` and :func:`tokens_in`, never ``parse_data["danger"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypedDict

from bot.danger import Assessment
from bot.danger.patterns import Tok

DANGER_KEY = "danger"  # key of the assessment in a message's parse data
TOKENS_KEY = "tokens"  # key of the matcher tokens in a message's parse data
# The message's language (ISO 639-1, absent or None when it does not say) and
# the basic answer its keywords ask for (bot.language.catalogue.BASIC_ANSWERS).
LANGUAGE_KEY = "language"
BASIC_ANSWER_KEY = "basic_answer"

# A packed matcher token: [norm, lemma, start, end, sentence]. Lists, not dicts:
# every message stores one per word, so the keys would outweigh the words.
PackedToken = list[Any]


class IndicatorData(TypedDict):
    """One indicator of an assessment: its code and character span."""

    code: str
    start: int
    end: int


class AssessmentData(TypedDict, total=False):
    """:meth:`bot.danger.Assessment.as_dict` as stored in parse data."""

    level: str
    indicators: list[IndicatorData]
    speaker: str
    victim: str
    now: bool
    raised_by_model: str | None
    lowered_by_model: float | None


class IntentData(TypedDict, total=False):
    """Rasa's intent of a message."""

    name: str | None
    confidence: float


class ParseData(TypedDict, total=False):
    """The parse data of a stored user message, as far as this product reads it."""

    text: str
    intent: IntentData
    danger: AssessmentData
    tokens: list[PackedToken]
    language: str | None
    basic_answer: str | None


def assessment_of(parse_data: Mapping[str, Any] | None) -> Assessment:
    """The danger assessment stored with a message (no danger when absent)."""
    raw = (parse_data or {}).get(DANGER_KEY) or {}
    return Assessment.from_dict(dict(raw))


def intent_of(parse_data: Mapping[str, Any] | None) -> str | None:
    """The name of the message's intent, if the NLU gave one."""
    name = ((parse_data or {}).get("intent") or {}).get("name")
    return str(name) if name else None


def language_of(parse_data: Mapping[str, Any] | None) -> str | None:
    """The language detected for a message, or None when it did not say."""
    value = (parse_data or {}).get(LANGUAGE_KEY)
    return str(value) if value else None


def basic_answer_of(parse_data: Mapping[str, Any] | None) -> str | None:
    """The basic answer a message asked for by its keywords, if any."""
    value = (parse_data or {}).get(BASIC_ANSWER_KEY)
    return str(value) if value else None


def pack_tokens(toks: Sequence[Tok]) -> list[PackedToken]:
    """Matcher tokens in the compact form stored in parse data."""
    return [[t.norm, t.lemma, t.start, t.end, t.sent] for t in toks]


def tokens_in(parse_data: Mapping[str, Any] | None) -> list[Tok]:
    """The matcher tokens stored with a message ([] for messages stored before)."""
    packed = (parse_data or {}).get(TOKENS_KEY) or []
    return [
        Tok(norm=str(n), lemma=str(lem), start=int(s), end=int(e), sent=int(sent))
        for n, lem, s, e, sent in packed
    ]


# The fields of an event this package reads. Rasa's ``Event.as_dict()`` on every
# event of a long conversation was measurably slow, so objects are read field by
# field instead.
_OBJECT_FIELDS = {
    "text": "text",
    "parse_data": "parse_data",
    "metadata": "metadata",
    "data": "data",
    "timestamp": "timestamp",
    "name": "action_name",
    "input_channel": "input_channel",
}


def event_dicts(events: Iterable[Any]) -> list[dict[str, Any]]:
    """Stored events as dicts, whether given as dicts or as Rasa event objects."""
    out: list[dict[str, Any]] = []
    for event in events:
        if isinstance(event, Mapping):
            out.append(dict(event))
            continue
        item: dict[str, Any] = {"event": getattr(event, "type_name", None)}
        for key, attr in _OBJECT_FIELDS.items():
            if hasattr(event, attr):
                item[key] = getattr(event, attr)
        if item["event"] == "slot":
            item["name"] = getattr(event, "key", None)
            item["value"] = getattr(event, "value", None)
        out.append(item)
    return out
