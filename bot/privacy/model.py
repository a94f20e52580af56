"""The result types of redaction: what was replaced, where, and by which placeholder."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Category(str, Enum):
    """A kind of personal data; its value is the Dutch word in the placeholder."""

    NAME = "NAAM"
    ADDRESS = "ADRES"
    PLACE = "PLAATS"
    PHONE = "TELEFOON"
    EMAIL = "EMAIL"
    POSTCODE = "POSTCODE"
    BSN = "BSN"
    IBAN = "IBAN"
    DATE = "DATUM"
    URL = "URL"

    @property
    def placeholder(self) -> str:
        """The text that replaces a span of this category, e.g. ``[NAAM]``."""
        return f"[{self.value}]"


@dataclass(frozen=True, order=True)
class RedactedSpan:
    """A replaced span, as character offsets into the original text."""

    start: int
    end: int
    category: Category


@dataclass(frozen=True)
class Redaction:
    """A redacted text and the spans of the original that were replaced, in order."""

    text: str
    spans: tuple[RedactedSpan, ...]
