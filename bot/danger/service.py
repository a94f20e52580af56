"""Assess raw text: the spaCy pipeline plus the assessor, with input guards.

Used by the CLI and the benchmarks; the Rasa component reuses the Doc that Rasa's
SpacyNLP already made, so it talks to :class:`Assessor` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.danger.assess import Assessor
from bot.danger.classifier import LevelClassifier, load_classifier
from bot.danger.lexicon import load_lexicon
from bot.danger.model import Assessment, Level

SPACY_MODEL = "nl_core_news_sm"
MAX_CHARS = 20_000


@dataclass
class TextAssessor:
    """Runs the Dutch pipeline on a text and assesses it."""

    nlp: Any
    assessor: Assessor
    classifier: LevelClassifier | None = None

    def assess(self, text: str) -> Assessment:
        """Assess one message; text beyond MAX_CHARS is assessed in chunks.

        Raises:
            TypeError: when ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        cleaned = text.replace("\x00", " ")
        if not cleaned.strip():
            return Assessment(level=Level.GEEN)
        if len(cleaned) <= MAX_CHARS:
            result = self.assessor.assess_doc(self.nlp(cleaned))
        else:
            result = self._assess_long(cleaned)
        if self.classifier is not None:
            result = self.classifier.boost(result, cleaned)
        return result

    def _assess_long(self, cleaned: str) -> Assessment:
        return _merge(
            [
                _shift(
                    self.assessor.assess_doc(self.nlp(cleaned[i : i + MAX_CHARS])), i
                )
                for i in range(0, len(cleaned), MAX_CHARS)
            ]
        )


def load_text_assessor(nlp: Any = None, with_classifier: bool = True) -> TextAssessor:
    """Load the Dutch spaCy pipeline (unless given), the lexicon and the classifier.

    ``with_classifier=False`` gives the rules alone (to measure what each part adds).
    """
    if nlp is None:
        import spacy

        nlp = spacy.load(SPACY_MODEL)
    classifier = load_classifier() if with_classifier else None
    return TextAssessor(
        nlp=nlp, assessor=Assessor(load_lexicon()), classifier=classifier
    )


def _shift(assessment: Assessment, offset: int) -> Assessment:
    from dataclasses import replace

    return replace(
        assessment,
        indicators=tuple(
            replace(i, start=i.start + offset, end=i.end + offset)
            for i in assessment.indicators
        ),
        suppressed=tuple(
            replace(x, start=x.start + offset, end=x.end + offset)
            for x in assessment.suppressed
        ),
    )


def _merge(parts: list[Assessment]) -> Assessment:
    return Assessment(
        level=Level.highest(*(p.level for p in parts)),
        indicators=tuple(i for p in parts for i in p.indicators),
        speaker=next((p.speaker for p in parts if p.speaker != "onbekend"), "onbekend"),
        victim=next((p.victim for p in parts if p.victim != "onbekend"), "onbekend"),
        now=any(p.now for p in parts),
        # Kept so the classifier does not raise what the rules ruled out.
        suppressed=tuple(x for p in parts for x in p.suppressed),
    )
