"""The intake of a stored conversation: its user messages through the extractor.

The extractor (:mod:`bot.intake`) is pure; this reads its input from stored
events, using the matcher tokens the NLU pipeline stored with each message, so
no process needs spaCy to show or act on an intake.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.conversation.messages import user_messages
from bot.intake import Intake, UserTurn, load_extractor


def read_intake(
    events: Iterable[Any],
    advice_given: Iterable[str] = (),
) -> Intake:
    """The intake after these stored events (dicts or Rasa events).

    ``advice_given`` are the advice topics already given (from the advice
    records), which the worker should not have to give again.
    """
    turns = [
        UserTurn(
            text=m.text, toks=m.toks, assessment=m.assessment, answer_to=m.answer_to
        )
        for m in user_messages(events)
    ]
    return load_extractor().build(turns, advice_given=advice_given)
