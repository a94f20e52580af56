"""Danger in the chat's other languages: English, Turkish, Polish, Arabic, Ukrainian.

People who do not write Dutch well are often the ones with the fewest other ways
in, so a message in their language is assessed with a lexicon of its own
(``lexicon.<language>.yml``, the same shape as the Dutch one) by the same
:class:`Assessor`: evidence spans, negation, hypotheticals and "now" work alike.
There is no trained pipeline for these languages here, so spaCy's blank
tokenizer with a sentencizer cuts the text; the lexicons list inflections with
regular expressions instead of relying on lemmas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.danger.assess import Assessor, tokens_of
from bot.danger.lexicon import load_lexicon
from bot.danger.model import Assessment, Level

# ISO 639-1 codes of the languages with a danger lexicon besides Dutch. The
# Ukrainian lexicon also lists the Russian forms and surzhyk many Ukrainians in
# the Netherlands type.
FOREIGN_LANGUAGES = ("en", "tr", "pl", "ar", "uk")
MAX_CHARS = 20_000


@dataclass
class ForeignAssessor:
    """Cuts a message of one language into tokens and assesses it."""

    language: str
    nlp: Any
    assessor: Assessor

    def assess(self, text: str) -> Assessment:
        """Assess one message (beyond MAX_CHARS the rest is not read).

        Raises:
            TypeError: when ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        cleaned = text.replace("\x00", " ")[:MAX_CHARS]
        if not cleaned.strip():
            return Assessment(level=Level.GEEN)
        doc = self.nlp(cleaned)
        return self.assessor.assess_tokens(doc.text, tokens_of(doc))


def load_foreign_assessor(language: str) -> ForeignAssessor:
    """The assessor of one language: its lexicon and spaCy's blank tokenizer.

    Raises:
        ValueError: for a language without a lexicon.
        bot.danger.LexiconError: when the lexicon is invalid.
    """
    if language not in FOREIGN_LANGUAGES:
        raise ValueError(f"no danger lexicon for language {language!r}")
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return ForeignAssessor(language, nlp, Assessor(load_lexicon(language=language)))
