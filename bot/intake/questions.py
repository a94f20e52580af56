"""Which intake question the assistant asks next while the chatter waits.

A worker's first questions, asked by the assistant so the worker need not ask
them again: only for what the chat has not told yet, each at most once, four at
most, and after an acute message only whether the chatter is safe now (the
person should be calling 112, not answering questions; asked even when the
message itself said they were not, since that changes fast). Someone writing about
another person is not asked whether they themselves are safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Field names, in the order they are asked; also the values of the slot that
# tells the intake which field a "ja" or "nee" answers.
SAFE_NOW = "safe_now"
CHILDREN = "children"
PRESENT = "present"
CALLBACK = "callback"
QUESTIONS = (SAFE_NOW, CHILDREN, PRESENT, CALLBACK)
MAX_QUESTIONS = 4
# Speakers who write about someone else: the questions about "you" do not fit.
ABOUT_OTHERS = frozenset({"omstander", "professional"})


def known(intake: dict[str, Any], question: str) -> bool:
    """True when the contract dict already answers the question's field."""
    value = {
        SAFE_NOW: intake.get("safe_now"),
        CHILDREN: intake.get("children_in_household"),
        PRESENT: (intake.get("perpetrator") or {}).get("present"),
        CALLBACK: (intake.get("callback") or {}).get("consent"),
    }[question]
    return value is not None


def next_question(
    intake: dict[str, Any], asked: Sequence[str], level: str
) -> str | None:
    """The next question to ask, or None when there is nothing (more) to ask."""
    if len(asked) >= MAX_QUESTIONS:
        return None
    candidates: tuple[str, ...] = QUESTIONS
    if level == "acuut":
        # "Not safe" read from the acute message itself can change in a minute
        # (they got out, he left): asked unless they already said they are safe.
        if intake.get("speaker") in ABOUT_OTHERS or SAFE_NOW in asked:
            return None
        return SAFE_NOW if intake.get("safe_now") is not True else None
    if intake.get("speaker") in ABOUT_OTHERS:
        candidates = tuple(q for q in candidates if q not in {SAFE_NOW, PRESENT})
    for question in candidates:
        if question not in asked and not known(intake, question):
            return question
    return None
