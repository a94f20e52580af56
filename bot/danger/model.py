"""Typed results of a danger assessment: levels, indicators and their evidence.

Plain frozen dataclasses so the assessment can cross every boundary (Rasa parse
data, the database, the console, the CLI) as the same data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Level(str, Enum):
    """Danger levels, ordered from none to acute (see DESIGN.md)."""

    GEEN = "geen"
    VERHOOGD = "verhoogd"
    HOOG = "hoog"
    ACUUT = "acuut"

    @property
    def rank(self) -> int:
        """Position in the order geen < verhoogd < hoog < acuut."""
        return _RANK[self]

    @classmethod
    def highest(cls, *levels: Level) -> Level:
        """Return the most severe of the given levels (geen when none)."""
        return max(levels, key=lambda lvl: lvl.rank, default=cls.GEEN)


_RANK = {Level.GEEN: 0, Level.VERHOOGD: 1, Level.HOOG: 2, Level.ACUUT: 3}

INDICATOR_CODES: tuple[str, ...] = (
    "fysiek_geweld",
    "verwurging",
    "doodsbedreiging",
    "wapen",
    "seksueel_geweld",
    "kindermishandeling",
    "kind_getuige",
    "verwaarlozing",
    "letsel",
    "stalking",
    "scheiding",
    "escalatie",
    "zwangerschap",
    "dwingende_controle",
    "psychisch_geweld",
    "verslaving",
    "suicidaliteit",
    "eergerelateerd",
    "ouderenmishandeling",
    "opsluiting",
    "huisverbod_overtreding",
    "acuut_nu",
)


@dataclass(frozen=True)
class Indicator:
    """One indicator found in a message, with the span of text that is its evidence."""

    code: str
    start: int
    end: int
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Serialise for JSON (parse data, CLI, API)."""
        return {"code": self.code, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Suppressed:
    """A phrase that looked like an indicator but was ruled out, and why.

    Kept so a reviewer can see what the assessor considered and rejected.
    """

    code: str
    start: int
    end: int
    # "negation" | "hypothetical" | "past_resolved" | "idiom" | "context" (the
    # classifier read the message as a game, joke or other harmless talk)
    reason: str


@dataclass(frozen=True)
class Assessment:
    """The danger assessment of one message."""

    level: Level
    indicators: tuple[Indicator, ...] = ()
    # slachtoffer | omstander | professional | pleger | onbekend
    speaker: str = "onbekend"
    victim: str = "onbekend"  # zelf | kind | oudere | ander | onbekend
    now: bool = False  # speaks of now or of the perpetrator being here or coming
    # Set when the trained classifier raised the rules' level: its confidence.
    raised_by_model: float | None = None
    # Set when the classifier read a rules-hoog message as harmless talk (a game,
    # a joke, a gift): its confidence; the rules' evidence is kept as suppressed.
    lowered_by_model: float | None = None
    suppressed: tuple[Suppressed, ...] = field(default=())

    @property
    def codes(self) -> tuple[str, ...]:
        """Distinct indicator codes, in order of first appearance."""
        return tuple(dict.fromkeys(ind.code for ind in self.indicators))

    def as_dict(self) -> dict[str, Any]:
        """Serialise for JSON; the shape the CLI and Rasa parse data use."""
        return {
            "level": self.level.value,
            "indicators": [ind.as_dict() for ind in self.indicators],
            "speaker": self.speaker,
            "victim": self.victim,
            "now": self.now,
            "raised_by_model": self.raised_by_model,
            "lowered_by_model": self.lowered_by_model,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        """Rebuild from :meth:`as_dict` output (e.g. read back from a tracker)."""
        return cls(
            level=Level(data.get("level", "geen")),
            indicators=tuple(
                Indicator(str(i["code"]), int(i["start"]), int(i["end"]))
                for i in data.get("indicators", [])
            ),
            speaker=str(data.get("speaker", "onbekend")),
            victim=str(data.get("victim", "onbekend")),
            now=bool(data.get("now", False)),
            raised_by_model=data.get("raised_by_model"),
            lowered_by_model=data.get("lowered_by_model"),
        )


NO_DANGER = Assessment(level=Level.GEEN)
