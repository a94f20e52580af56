"""Read an intake from raw texts: the Dutch pipeline, the danger assessor, the rules.

Used by the CLI (``vtchat intake --eval``) and the tests; the chat server builds
its turns from stored parse data instead, so it never runs spaCy twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.danger import TextAssessor
from bot.danger.assess import tokens_of
from bot.intake.extract import IntakeExtractor, UserTurn, load_extractor
from bot.intake.model import Intake


@dataclass
class IntakeReader:
    """Turns user texts into an intake with the danger assessor's own pipeline."""

    assessor: TextAssessor
    extractor: IntakeExtractor

    def turn(self, text: str, answer_to: str | None = None) -> UserTurn:
        """One user message as the extractor needs it."""
        return UserTurn(
            text=text,
            toks=tokens_of(self.assessor.nlp(text)),
            assessment=self.assessor.assess(text),
            answer_to=answer_to,
        )

    def read(self, texts: Sequence[str]) -> Intake:
        """The intake of a conversation whose user messages are ``texts``."""
        return self.extractor.build([self.turn(t) for t in texts])


def load_intake_reader(assessor: TextAssessor) -> IntakeReader:
    """An intake reader on the packaged rules and the given danger assessor."""
    return IntakeReader(assessor=assessor, extractor=load_extractor())
