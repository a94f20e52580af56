"""Turn Rasa tracker events into the transcript that chatters and staff read.

One function serves both: the chatter's history after a reconnect and the staff
transcript (which adds times and the danger evidence of each user message).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from bot.danger import load_lexicon
from bot.safety import DANGER_KEY, UTTER_ACUTE

Labeler = Callable[[str], str]


def transcript(
    events: Iterable[Any], label: Labeler | None = None
) -> list[dict[str, Any]]:
    """Messages of user, bot, worker and system, oldest first.

    Args:
        events: Rasa events (objects with ``type_name``), as stored in the tracker.
        label: gives the Dutch label of an indicator code; when given, each user
            message carries its danger assessment (staff view). Without it the
            items hold only who and what (chatter view).
    """
    items: list[dict[str, Any]] = []
    for event in events:
        kind = getattr(event, "type_name", None)
        if kind == "user":
            item = _user_item(event, label)
        elif kind == "bot" and event.text:
            metadata = event.metadata or {}
            item = {"from": metadata.get("from", "bot"), "text": event.text}
            if item["from"] == "system":
                item["state"] = metadata.get("state")
            if item["from"] == "bot":
                # What the page needs to show a reloaded chat as it was: the 112
                # reply prominent, the answer buttons of the last question.
                item["acute"] = metadata.get("utter_action") == UTTER_ACUTE
                item["buttons"] = [
                    {
                        "title": str(b.get("title", "")),
                        "payload": str(b.get("payload", "")),
                    }
                    for b in (event.data or {}).get("buttons") or []
                ]
            if label is not None and (event.metadata or {}).get("worker"):
                item["worker"] = event.metadata["worker"]
        else:
            continue
        if item is None:
            continue
        if label is not None:
            item["time"] = _iso(getattr(event, "timestamp", None))
        items.append(item)
    return items


def _user_item(event: Any, label: Labeler | None) -> dict[str, Any] | None:
    text = event.text or ""
    button = text.startswith("/")
    if button:
        # A button press: show what the chatter saw on the button, not the payload.
        text = (event.metadata or {}).get("title") or ""
    if not text:
        return None
    item: dict[str, Any] = {"from": "user", "text": text}
    if label is not None:
        ref = (event.metadata or {}).get("ref")
        if ref:
            item["ref"] = ref  # replaces the worker's live preview of this message
        danger = (event.parse_data or {}).get(DANGER_KEY) or {}
        indicators = [] if button else danger.get("indicators", [])
        item["danger"] = {
            "level": danger.get("level", "geen") if not button else "geen",
            "indicators": [
                {
                    "code": i["code"],
                    "label": label(i["code"]),
                    "start": i["start"],
                    "end": i["end"],
                }
                for i in indicators
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
