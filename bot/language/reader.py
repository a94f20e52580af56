"""Read one message in whatever language it is written: language, danger, question.

The Dutch assessment always runs (people mix Dutch in, and the Dutch lexicon
already knows common English). When the message is in one of the other served
languages, that language's lexicon reads it too and the higher level wins: a
second reading can only add safety. When the language cannot be told (a few
words, no telling letters) every other lexicon reads a short one and the
identifier's best guess reads a longer one, so a short "pomocy, on mnie bije"
is not lost for being short; on a longer one the other lexicons may still
make it acute, never less, in case the guess was wrong. A message the
detector could not place, whose acute or high danger only one language's
reader found, is answered in that language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot.danger.foreign import FOREIGN_LANGUAGES, ForeignAssessor
from bot.danger.model import Assessment, Level
from bot.language.catalogue import Catalogue
from bot.language.detect import DEFAULT_LANGUAGE, LanguageDetector, mixed_in


@dataclass(frozen=True)
class Reading:
    """What a message says beyond its Dutch NLU: language, danger, basic answer."""

    language: str | None
    assessment: Assessment
    basic_answer: str | None


@dataclass
class MessageReader:
    """Detects the language and assesses the message with that language's lexicon."""

    detector: LanguageDetector
    assessors: Mapping[str, ForeignAssessor]
    catalogues: Mapping[str, Catalogue]

    def read(self, text: str, dutch: Assessment) -> Reading:
        """Combine the Dutch assessment with the message's own language."""
        language = self.detector.detect(text)
        acute_only: tuple[str, ...] = ()
        if language == DEFAULT_LANGUAGE:
            # Dutch with another language's letters in it: read that part too.
            others: tuple[str, ...] = tuple(
                lang for lang in mixed_in(text) if lang in self.assessors
            )
        elif language is None:
            # A few words say little: read them in every language. A longer
            # message the identifier is unsure of: in its best guess, and in
            # the others for an acute reading only. The guess can be wrong on
            # a language typed without its letters ("tata dusi mame w kuchni!!!"
            # guessed as another language), and a missed acute message is worse
            # than another lexicon's false alarm, so only acute counts from them.
            guess = self.detector.guess(text)
            others = tuple(self.assessors)
            if guess is not None and guess in self.assessors:
                others = (guess,)
                acute_only = tuple(lang for lang in self.assessors if lang != guess)
        else:
            others = (language,) if language in self.assessors else ()
        best = dutch
        if language in self.assessors and _model_only_raise(dutch, language):
            # The Dutch classifier's raise on n-grams alone means little for a
            # message placed in another language: its own reader reads it.
            best = replace(dutch, level=Level.GEEN, raised_by_model=None)
        elif language == "en" and _model_only_acute(dutch):
            # English: the Dutch classifier alone says hoog at most; acute
            # needs the English reader's own evidence (see _model_only_acute).
            best = replace(dutch, level=Level.HOOG)
        source = None  # the language whose reader raised the level
        for lang in others:
            found = self.assessors[lang].assess(text)
            if found.level.rank > best.level.rank or (
                found.level is best.level and found.indicators and not best.indicators
            ):
                # At the same level the reading with evidence wins: the worker
                # sees what was said, not only a classifier's level.
                if found.level.rank > best.level.rank:
                    source = lang
                best = found
        for lang in acute_only:
            if best.level is Level.ACUUT:
                break
            found = self.assessors[lang].assess(text)
            if found.level is Level.ACUUT:
                best, source = found, lang
        if language is None and source is not None:
            language = self._language_of_danger(text, best.level, source)
        return Reading(language, best, self._basic_answer(text, language))

    def _language_of_danger(self, text: str, level: Level, source: str) -> str | None:
        """The language of a message the detector could not place, from its danger.

        "dorka rahou ydrab fi mama w ana mkhabya fel chambre" (Arabizi) has no
        letters or words the detector trusts, yet only the Arabic reader found
        its danger: the 112 or 0800-2000 reply is best in Arabic, not Dutch.
        Only for acuut and hoog the Dutch assessor read lower, and not when the
        identifier ranks Dutch first: "bokstraining vanavond, trainer sloeg me
        bijna knock out lol" stays Dutch, whichever reader misread it. Danger
        the Dutch lexicon also reads (it knows some English and Turkish) does
        not move the reply either: "help hij wurgt me" is Dutch.
        """
        if level not in (Level.ACUUT, Level.HOOG):
            return None
        ranked = self.detector.ranked(text)
        if ranked and ranked[0] == DEFAULT_LANGUAGE:
            return None
        return source

    def _basic_answer(self, text: str, language: str | None) -> str | None:
        # A message in a known language asks in its words or in Dutch; one the
        # detector cannot place may use any catalogue's keywords.
        if language in self.catalogues:
            order = [language]
            if language != DEFAULT_LANGUAGE and DEFAULT_LANGUAGE in self.catalogues:
                order.append(DEFAULT_LANGUAGE)
        else:
            order = list(self.catalogues)
        for lang in order:
            assert lang is not None
            key = self.catalogues[lang].basic_answer(text)
            if key is not None:
                return key
        return None


# Languages the Dutch classifier has learned to read besides Dutch: its
# training holds English lines (Dutch chat mixes English in), none in Polish,
# Turkish, Arabic or Ukrainian. On the measured multilingual sets its hoog and
# acuut raises without Dutch evidence on those four languages were n-gram
# noise: 25 hoog messages lifted to acuut and 18 false alarms (a negation,
# "nigdy mnie nie uderzył", read acuut), and not one danger message that their
# own readers missed. On English the same raises caught nine hoog messages the
# English reader missed and kept one acute message acute, so they still count
# there.
_DUTCH_CLASSIFIER_READS = frozenset({DEFAULT_LANGUAGE, "en"})


def _model_only_acute(assessment: Assessment) -> bool:
    """An acuut the Dutch classifier raised to without any rules evidence.

    On the English lines of the 55 measured multilingual rounds (2,027
    messages) it did so 22 times: once for an acute message ("mums bf is
    chokin her rn", which the English rules read acuut themselves since
    2026-12-07), seven times for hoog ones, whose first reply then lost the
    0800-2000 line, and fourteen times for verhoogd or geen ones. Kept as
    hoog it still reaches a worker.
    """
    return (
        assessment.raised_by_model is not None
        and not assessment.indicators
        and assessment.level is Level.ACUUT
    )


def _model_only_raise(assessment: Assessment, language: str | None) -> bool:
    """A raise by the Dutch classifier alone that another language's reader replaces.

    Its weakest raise, geen to verhoogd, in any other language; any raise in
    a language it has not learned to read.
    """
    if assessment.raised_by_model is None or assessment.indicators:
        return False
    return assessment.level is Level.VERHOOGD or language not in _DUTCH_CLASSIFIER_READS


@dataclass
class ChatReading:
    """A message's danger as the chat reads it: its language detected first.

    ``vtchat assess --language auto`` measures a danger set through this, so a
    Turkish line in a Dutch set is scored as the chat would answer it, not by
    the Dutch rules alone.
    """

    reader: MessageReader
    dutch: Any

    def assess(self, text: str) -> Assessment:
        """The reading's assessment (the higher of Dutch and the own language)."""
        return self.reader.read(text, self.dutch.assess(text)).assessment


def load_message_reader(with_classifier: bool = True) -> MessageReader:
    """The detector, every foreign lexicon and every catalogue (checked on load).

    ``with_classifier=False`` reads the other languages with their rules alone
    (to measure what each part adds).

    Raises:
        bot.danger.LexiconError, bot.language.catalogue.CatalogueError: a broken
        file stops loading rather than serving a language half.
    """
    from bot.danger.foreign import load_foreign_assessor
    from bot.language.catalogue import load_catalogues

    return MessageReader(
        detector=LanguageDetector(),
        assessors={
            lang: load_foreign_assessor(lang, with_classifier)
            for lang in FOREIGN_LANGUAGES
        },
        catalogues=load_catalogues(),
    )
