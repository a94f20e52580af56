"""The intake in one line, for a queue item a worker scans at a glance.

Built from the contract dict (``Intake.as_dict()``, corrections applied or not),
so the queue says the same as the card. Unknown parts are left out: a queue line
is a pointer, the card says what is unknown.
"""

from __future__ import annotations

from typing import Any

SPEAKER_WORDS = {
    "slachtoffer": "slachtoffer",
    "kind": "kind",
    "omstander": "omstander",
    "professional": "professional",
    "pleger": "pleger",
}
RELATION_WORDS = {
    "partner": "partner",
    "ex-partner": "ex-partner",
    "ouder": "ouder",
    "stiefouder": "stiefouder",
    "kind": "kind",
    "familie": "familielid",
    "huisgenoot": "huisgenoot",
    "anders": "pleger",
    "onbekend": "pleger",
}


def intake_line(intake: dict[str, Any]) -> str:
    """E.g. "kind, 14 · stiefouder is er nu · kinderen in huis: 6 · herhaald geweld"."""
    parts: list[str] = []
    speaker = SPEAKER_WORDS.get(str(intake.get("speaker")))
    if speaker:
        age = intake.get("speaker_age")
        parts.append(f"{speaker}, {age}" if age is not None else speaker)
    perpetrator = intake.get("perpetrator") or {}
    relation = perpetrator.get("relation") or "onbekend"
    present = perpetrator.get("present")
    if present is not None or relation not in {"onbekend", "anders"}:
        who = RELATION_WORDS.get(relation, "pleger")
        state = " is er nu" if present else " is er niet" if present is False else ""
        parts.append(who + state)
    children = intake.get("children_in_household")
    ages = ", ".join(str(a) for a in intake.get("children_ages") or [])
    if children:
        parts.append(f"kinderen in huis: {ages}" if ages else "kinderen in huis")
    elif children is False:
        parts.append("geen kinderen in huis")
    pattern = intake.get("pattern") or {}
    if pattern.get("escalating"):
        parts.append("geweld neemt toe")
    elif pattern.get("repeated"):
        parts.append("herhaald geweld")
    if intake.get("safe_now") is False:
        parts.append("nu niet veilig")
    return " · ".join(parts)
