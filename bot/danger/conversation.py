"""Conversation-level danger: the highest level so far, never dropping silently.

A short follow-up ("ja, hij is er nu") carries no indicator of its own, but after
an earlier threat it makes the whole conversation acute.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.danger.model import Assessment, Level


@dataclass(frozen=True)
class ConversationDanger:
    """What the conversation has shown so far."""

    level: Level = Level.GEEN
    codes: tuple[str, ...] = ()

    def add(self, message: Assessment) -> ConversationDanger:
        """Fold one more message into the conversation's danger."""
        level = Level.highest(self.level, message.level)
        if message.now and self.level is not Level.GEEN:
            level = Level.ACUUT
        codes = tuple(dict.fromkeys((*self.codes, *message.codes)))
        if message.now and level is Level.ACUUT and "acuut_nu" not in codes:
            codes = (*codes, "acuut_nu")
        return ConversationDanger(level=level, codes=codes)


def fold(messages: Iterable[Assessment]) -> ConversationDanger:
    """The conversation's danger after all the given messages, in order."""
    state = ConversationDanger()
    for message in messages:
        state = state.add(message)
    return state
