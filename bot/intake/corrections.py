"""What a reviewer may correct in an intake, and in which vocabulary.

The intake is the assistant's reading; a reviewer who sees it got a field wrong
records the right value. Only the fields a person can judge from the transcript
are correctable, each with the contract's own vocabulary, so a correction can be
exported as a labelled case (the format of the intake development table) and
counted against the extractor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bot.intake.model import RELATIONS, SPEAKERS, VICTIMS


class CorrectionError(ValueError):
    """A correction that names no correctable field or has a value it cannot hold.

    The message is Dutch: it is shown to the reviewer as it is.
    """


def _choice(options: Iterable[str]) -> Callable[[Any], Any]:
    allowed = tuple(options)

    def check(value: Any) -> Any:
        if value not in allowed:
            raise CorrectionError("Kies een van: " + ", ".join(allowed) + ".")
        return value

    return check


def _flag(value: Any) -> Any:
    if value is not None and not isinstance(value, bool):
        raise CorrectionError("Kies ja, nee of onbekend.")
    return value


def _age(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise CorrectionError("Een leeftijd is een heel getal van 0 tot en met 120.")
    return value


def _ages(value: Any) -> Any:
    if not isinstance(value, list) or len(value) > 20:
        raise CorrectionError("Geef de leeftijden als een lijst getallen.")
    ages = [_age(v) for v in value]
    if any(a is None or a >= 18 for a in ages):
        raise CorrectionError("Leeftijden van kinderen liggen onder de 18.")
    return sorted(ages)


def _victims(value: Any) -> Any:
    if not isinstance(value, list) or any(v not in VICTIMS for v in value):
        raise CorrectionError("Kies uit: " + ", ".join(VICTIMS) + ".")
    return sorted(set(value))


def _signal(value: Any) -> Any:
    if not isinstance(value, bool):
        raise CorrectionError("Kies ja of nee.")
    return value


# Dotted contract field -> the check that returns the value as stored.
CORRECTABLE: dict[str, Callable[[Any], Any]] = {
    "speaker": _choice(SPEAKERS),
    "speaker_age": _age,
    "speaker_minor": _flag,
    "victims": _victims,
    "perpetrator.relation": _choice(RELATIONS),
    "perpetrator.present": _flag,
    "children_in_household": _flag,
    "children_ages": _ages,
    "pattern.repeated": _flag,
    "pattern.escalating": _flag,
    "structural_unsafety.signal": _signal,
    "safe_now": _flag,
    "callback.consent": _flag,
}


def validate(field: Any, value: Any) -> Any:
    """The value as stored, or :class:`CorrectionError` with a Dutch reason."""
    if not isinstance(field, str) or field not in CORRECTABLE:
        raise CorrectionError(
            "Dit veld kan niet worden gecorrigeerd. Kies uit: "
            + ", ".join(CORRECTABLE)
            + "."
        )
    return CORRECTABLE[field](value)
