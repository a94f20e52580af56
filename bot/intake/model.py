"""Typed intake: what a Veilig Thuis worker asks first, each fact with its evidence.

Plain frozen dataclasses, so the intake crosses every boundary (the queue, the
console, the API, the CLI) as the same data. ``Intake.as_dict()`` is the JSON
contract of issue 13; the evidence travels beside it (``Intake.evidence``), so the
contract stays exactly what the console and the records expect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SPEAKERS = ("slachtoffer", "kind", "omstander", "professional", "pleger", "onbekend")
RELATIONS = (
    "partner",
    "ex-partner",
    "ouder",
    "stiefouder",
    "kind",
    "familie",
    "huisgenoot",
    "anders",
    "onbekend",
)
# Word classes for people: the relations, plus siblings (a sibling who harms is
# "familie" in the contract, a harmed sibling is the victim class "broer_zus").
PEOPLE_CLASSES = (*RELATIONS, "broer_zus")
VICTIMS = ("zelf", "partner", "kind", "ouder", "oudere", "broer_zus", "anders")
WHEN = ("nu", "vandaag", "recent", "eerder", "onbekend")
LEVELS = ("geen", "verhoogd", "hoog", "acuut")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the message (0-based among the user's) and the span."""

    message: int
    start: int
    end: int
    quote: str

    def as_dict(self) -> dict[str, Any]:
        """Serialise for JSON (the console links the quote to its message)."""
        return {
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Fact:
    """One reading of one field: its value and the text it was read from.

    Facts are never dropped: a later message that says otherwise adds a newer
    fact for the same field, and the newest one is the field's value.
    """

    field: str
    value: Any
    evidence: Evidence


@dataclass(frozen=True)
class Incident:
    """Harm told in the chat: the indicator code, when it happened, the quote."""

    code: str
    when: str
    quote: str
    message: int

    def as_dict(self) -> dict[str, Any]:
        """Serialise for JSON (contract key ``incidents``)."""
        return {
            "code": self.code,
            "when": self.when,
            "quote": self.quote,
            "message": self.message,
        }


@dataclass(frozen=True)
class Intake:
    """The intake of one conversation; indicative, never checked by a person.

    ``facts`` holds every reading in message order, superseded ones included, so a
    worker can see that "hij is hier" was later corrected by "nee, hij is weg".
    """

    speaker: str = "onbekend"
    speaker_age: int | None = None
    speaker_minor: bool | None = None
    language: str = "nl"
    victims: tuple[str, ...] = ()
    perpetrator_relation: str = "onbekend"
    perpetrator_present: bool | None = None
    children_in_household: bool | None = None
    children_ages: tuple[int, ...] = ()
    incidents: tuple[Incident, ...] = ()
    repeated: bool | None = None
    escalating: bool | None = None
    since: str | None = None
    rihg_pleger: tuple[str, ...] = ()
    rihg_incident: tuple[str, ...] = ()
    rihg_context: tuple[str, ...] = ()
    structural_signal: bool = False
    structural_reasons: tuple[str, ...] = ()
    safe_now: bool | None = None
    protective: tuple[str, ...] = ()
    wishes: tuple[str, ...] = ()
    callback_consent: bool | None = None
    callback_safe_time: str | None = None
    advice_given: tuple[str, ...] = ()
    level: str = "geen"
    facts: tuple[Fact, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract: exactly these keys; unknown is null or []."""
        return {
            "speaker": self.speaker,
            "speaker_age": self.speaker_age,
            "speaker_minor": self.speaker_minor,
            "language": self.language,
            "victims": list(self.victims),
            "perpetrator": {
                "relation": self.perpetrator_relation,
                "present": self.perpetrator_present,
            },
            "children_in_household": self.children_in_household,
            "children_ages": list(self.children_ages),
            "incidents": [i.as_dict() for i in self.incidents],
            "pattern": {
                "repeated": self.repeated,
                "escalating": self.escalating,
                "since": self.since,
            },
            "rihg": {
                "pleger": list(self.rihg_pleger),
                "incident": list(self.rihg_incident),
                "context": list(self.rihg_context),
            },
            "structural_unsafety": {
                "signal": self.structural_signal,
                "reasons": list(self.structural_reasons),
            },
            "safe_now": self.safe_now,
            "protective": list(self.protective),
            "wishes": list(self.wishes),
            "callback": {
                "consent": self.callback_consent,
                "safe_time": self.callback_safe_time,
            },
            "advice_given": list(self.advice_given),
            "level": self.level,
        }

    def evidence(self) -> dict[str, list[dict[str, Any]]]:
        """Every reading per field, oldest first (the newest is the value)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for fact in self.facts:
            out.setdefault(fact.field, []).append(
                {"value": fact.value, **fact.evidence.as_dict()}
            )
        return out


def lookup(intake: dict[str, Any], dotted: str) -> Any:
    """The value of a dotted field ("perpetrator.relation") in ``as_dict()``."""
    value: Any = intake
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(dotted)
        value = value[part]
    return value
