"""Redaction of personal data in Dutch chat text, for transcript review and exports.

Pure domain code: give it the Dutch spaCy pipeline and a text. No web, database or
Rasa imports; the word lists are read on first use, never at import.
"""

from bot.privacy.model import Category, RedactedSpan, Redaction
from bot.privacy.redact import apply_spans, find_spans, redact, redact_doc, redact_many
from bot.privacy.words import WordListError, WordLists, load_words, parse_words

__all__ = [
    "Category",
    "RedactedSpan",
    "Redaction",
    "WordListError",
    "WordLists",
    "apply_spans",
    "find_spans",
    "load_words",
    "parse_words",
    "redact",
    "redact_doc",
    "redact_many",
]
