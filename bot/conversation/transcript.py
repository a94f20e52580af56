"""Turn stored events into the transcript that chatters and staff read.

One function serves both: the chatter's history after a reconnect and the staff
transcript (which adds times, the danger evidence of each user message and the
message number the intake's evidence points at).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from bot.conversation.messages import shown_text
from bot.conversation.parse_data import assessment_of, event_dicts
from bot.danger import load_lexicon
from bot.safety import UTTER_ACUTE

Labeler = Callable[[str], str]


def transcript(
    events: Iterable[Any], label: Labeler | None = None
) -> list[dict[str, Any]]:
    """Messages of user, bot, worker and system, oldest first.

    Args:
        events: stored events, as dicts (``Event.as_dict()``) or Rasa events.
        label: gives the Dutch label of an indicator code; when given, each user
            message carries its danger assessment and its number among the user
            messages (staff view). Without it the items hold only who and what
            (chatter view).
    """
    items: list[dict[str, Any]] = []
    users = 0
    for event in event_dicts(events):
        kind = event.get("event")
        item: dict[str, Any] | None = None
        if kind == "user":
            item = _user_item(event, label)
            if item is not None and label is not None:
                item["message"] = users
            users += item is not None
        elif kind == "bot" and event.get("text"):
            item = _bot_item(event, staff=label is not None)
        if item is None:
            continue
        if label is not None:
            item["time"] = _iso(event.get("timestamp"))
        items.append(item)
    return items


def _bot_item(event: Mapping[str, Any], staff: bool) -> dict[str, Any]:
    metadata = event.get("metadata") or {}
    item: dict[str, Any] = {"from": metadata.get("from", "bot"), "text": event["text"]}
    if item["from"] == "system":
        item["state"] = metadata.get("state")
    if item["from"] == "bot":
        # What the page needs to show a reloaded chat as it was: the 112
        # reply prominent, the answer buttons of the last question.
        item["acute"] = metadata.get("utter_action") == UTTER_ACUTE
        item["buttons"] = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in (event.get("data") or {}).get("buttons") or []
        ]
    if staff and metadata.get("worker"):
        item["worker"] = metadata["worker"]
    return item


def _user_item(
    event: Mapping[str, Any], label: Labeler | None
) -> dict[str, Any] | None:
    text = shown_text(event)
    if not text:
        return None
    item: dict[str, Any] = {"from": "user", "text": text}
    if label is not None:
        ref = (event.get("metadata") or {}).get("ref")
        if ref:
            item["ref"] = ref  # replaces the worker's live preview of this message
        button = str(event.get("text") or "").startswith("/")
        danger = assessment_of(None if button else event.get("parse_data"))
        item["danger"] = {
            "level": danger.level.value,
            "indicators": [
                {
                    "code": i.code,
                    "label": label(i.code),
                    "start": i.start,
                    "end": i.end,
                }
                for i in danger.indicators
            ],
        }
    return item


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()


def indicator_labels() -> Callable[[str], str]:
    """Dutch labels of indicator codes for staff, ``acuut_nu`` included.

    ``acuut_nu`` is found by time words, not by a lexicon entry, so it has no
    label in the lexicon.
    """
    lexicon = load_lexicon()
    return lambda code: "Nu of dreigend" if code == "acuut_nu" else lexicon.label(code)
