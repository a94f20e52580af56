"""Danger recognition: indicators with evidence, four levels (see DESIGN.md).

Pure domain logic: give it a spaCy ``Doc`` of the Dutch pipeline and it returns an
:class:`Assessment`. No web, database or Rasa imports.
"""

from bot.danger.assess import Assessor
from bot.danger.conversation import ConversationDanger, fold
from bot.danger.lexicon import Lexicon, LexiconError, load_lexicon
from bot.danger.model import (
    INDICATOR_CODES,
    NO_DANGER,
    Assessment,
    Indicator,
    Level,
    Suppressed,
)
from bot.danger.service import TextAssessor, load_text_assessor

__all__ = [
    "INDICATOR_CODES",
    "NO_DANGER",
    "Assessment",
    "Assessor",
    "ConversationDanger",
    "Indicator",
    "Level",
    "Lexicon",
    "LexiconError",
    "Suppressed",
    "TextAssessor",
    "fold",
    "load_lexicon",
    "load_text_assessor",
]
