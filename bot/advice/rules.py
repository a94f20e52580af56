"""Rules every advice text must keep, checked when the library loads.

These are the product's promises, not style: someone in danger may read any text
meant for victims or for everyone, so those always give 112 and 0800-2000; a child
gets short sentences and the Kindertelefoon; the comfort "het is niet jouw schuld"
belongs to the person it happens to, never to a professional or a pleger (to a
teacher reporting a pupil it reads as a dismissal, to a pleger as absolution).
"""

from __future__ import annotations

import re

# Audiences whose texts may be read by someone in danger now.
DANGER_READERS = frozenset({"iedereen", "zelf", "kind"})
# Audiences that must never get the victim's comfort line.
NO_COMFORT = frozenset({"iedereen", "ander", "professional", "pleger"})
EMERGENCY = "112"
VEILIG_THUIS = "0800-2000"
KINDERTELEFOON = "0800-0432"
MAX_CHILD_SENTENCE_WORDS = 15
MAX_TEXT_CHARS = 1400
_COMFORT = re.compile(r"niet (?:jouw|je|uw) schuld|(?:jouw|je|uw) schuld niet", re.I)
# Clearing the whole history tells a controlling partner that something was hidden.
_WIPE_HISTORY = re.compile(
    r"\b(?:wis|leeg)\w*\s+(?!niet\b)(?:\w+\s+){0,2}(?:browser)?geschiedenis\b"
    r"|\bverwijder\w*\s+(?:je\s+|jouw\s+|de\s+|uw\s+)?(?:hele\s+|volledige\s+)?"
    r"(?:browser)?geschiedenis",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_NUMBER = re.compile(r"\b\d{4}-\d{4}\b|\b\d{2,4}\b")


def text_problems(audience: str, text: str) -> list[str]:
    """What is wrong with one text for its audience (empty when it is fine)."""
    problems = []
    if audience in DANGER_READERS:
        for number in (EMERGENCY, VEILIG_THUIS):
            if not re.search(rf"(?<![\d-]){re.escape(number)}(?![\d-])", text):
                problems.append(f"a text for {audience!r} must give {number}")
    if audience == "kind":
        if KINDERTELEFOON not in text:
            problems.append(f"a text for 'kind' must give {KINDERTELEFOON}")
        longest = max(sentence_lengths(text), default=0)
        if longest > MAX_CHILD_SENTENCE_WORDS:
            problems.append(
                f"a text for 'kind' has a sentence of {longest} words "
                f"(at most {MAX_CHILD_SENTENCE_WORDS})"
            )
    if audience in NO_COMFORT and _COMFORT.search(text):
        problems.append(f"a text for {audience!r} must not say 'niet jouw schuld'")
    if _WIPE_HISTORY.search(text):
        problems.append(
            "never advise wiping the browser history (a controlling partner notices); "
            "advise a private window or deleting only these pages"
        )
    if len(text) > MAX_TEXT_CHARS:
        problems.append(f"text is {len(text)} characters (at most {MAX_TEXT_CHARS})")
    return problems


def sentence_lengths(text: str) -> list[int]:
    """Words per sentence; bullet markers and phone numbers count as one word."""
    lengths = []
    for sentence in _SENTENCE_END.split(text):
        words = _NUMBER.sub("N", sentence.lstrip("-• ").strip()).split()
        if words:
            lengths.append(len(words))
    return lengths
