"""Redact personal data in Dutch chat text before it is shown for review or exported.

Names, street addresses, places, phone numbers, e-mail addresses, postcodes, BSN,
IBAN, dates and URLs are replaced by ``[NAAM]``, ``[ADRES]``, ``[PLAATS]``,
``[TELEFOON]``, ``[EMAIL]``, ``[POSTCODE]``, ``[BSN]``, ``[IBAN]``, ``[DATUM]`` and
``[URL]``. Structured data is found by patterns with checksums (``patterns.py``),
names and places by the NER of ``nl_core_news_sm`` filtered and completed with the
reviewable word lists of ``words.yml`` (``names.py``). Where spans overlap, a
pattern beats the NER (it is exact), and otherwise the longest span wins.

Decisions (the test table in ``tests/data/redaction_cases.yml`` encodes them):

- Every calendar date with a day and a month is ``[DATUM]``, a birth date or not:
  telling them apart is unreliable, and an incident date plus a place identifies
  a family as well. Weekdays, "gisteren", a year alone, times and ages stay:
  reviewers and the danger assessment need them and they identify nobody.
- Countries are ``[PLAATS]`` (an origin can be special-category data);
  "Nederland" stays. A named school is ``[PLAATS]``: it locates a child.
- Service numbers (112, 0800 and 0900 numbers) stay; a bare domain
  ("veiligthuis.nl") stays, a link with a path is ``[URL]``; a handle (@naam) is
  ``[NAAM]``.
- Family words, titles and roles stay: "juf [NAAM]", "mijn ex [NAAM]".

Why not ``deduce`` (3.0.6, the maintained Dutch de-identification package)?
Weighed on 2026-11-29 in a separate virtualenv (Python 3.10.13):

- It does not install beside Rasa 3.6.21: deduce pins ``regex>=2024.11.6,<2025``,
  rasa pins ``regex>=2020.6,<2022.11`` (pip: ResolutionImpossible). Forced onto
  rasa's regex it runs, but ``pip check`` fails.
- Cost: 70 s to build its lookup structures on first use, 6-10 s per process
  start after that, 1.2 GB resident (the chat server is about 1 GB already);
  0.2 ms per message. Ours reuses the spaCy pipeline the server has loaded:
  about 2 ms per chat message including spaCy (0.9 ms in a batch), 0.2 ms on a
  parsed Doc; nothing to load but ``words.yml``.
- Quality on tests/data/redaction_cases.yml (273 messages, 203 spans): deduce
  finds 126 spans exactly (139 at least covered) with 14 false positives (ages,
  0800-2000, "Meester", "Pap", "Super", "Lieve", "Jeugdzorg", "veiligthuis.nl");
  these rules find 190 with 3, but were tuned on most of the table. On `fresh`,
  blind for both: deduce 24/36 exact (28 covered), 0 false positives; these
  rules 31/36, 3 false positives. deduce misses lower-case chat names and
  places, IBAN (0/7: it takes the digits as an id), spaced BSN and service
  numbers; it is better on capitalised names and villages in none of our lists
  (its large name and place lists), which is where ours miss most.
- It is LGPL-3.0 and made for clinical notes.

So it is not a dependency; its strength (big name lists) is the direction to
grow ``words.yml`` in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from bot.privacy.model import Category, RedactedSpan, Redaction
from bot.privacy.names import find_names_and_places
from bot.privacy.patterns import Match, find_structured
from bot.privacy.words import load_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Which category wins between two overlapping spans of the same length: the more
# specific shape first.
_SPECIFICITY = {
    category: rank
    for rank, category in enumerate(
        (
            Category.EMAIL,
            Category.URL,
            Category.IBAN,
            Category.PHONE,
            Category.BSN,
            Category.DATE,
            Category.POSTCODE,
            Category.ADDRESS,
            Category.NAME,
            Category.PLACE,
        )
    )
}
# The pipeline components redaction does not read (it needs the tokens, the
# morphologizer's POS and the NER): skipping them saves time.
_UNUSED_COMPONENTS = ("trainable_lemmatizer", "lemmatizer", "tagger", "parser")


def redact(nlp: Language, text: str) -> Redaction:
    """Redact one chat message with the Dutch pipeline ``nlp``."""
    return redact_doc(nlp(text, disable=_unused(nlp)))


def redact_many(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 64
) -> Iterator[Redaction]:
    """Redact many messages (an export) with ``nlp.pipe``, in the order given."""
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=_unused(nlp)):
        yield redact_doc(doc)


def redact_doc(doc: Doc) -> Redaction:
    """Redact a text that was already parsed (it needs the NER and the POS)."""
    spans = find_spans(doc)
    return Redaction(apply_spans(doc.text, spans), spans)


def find_spans(doc: Doc) -> tuple[RedactedSpan, ...]:
    """The spans to replace, in text order, without overlaps."""
    words = load_words()
    structured = _resolve(find_structured(doc.text, words))
    blocked = [(m.start, m.end) for m in structured]
    named = _resolve(find_names_and_places(doc, blocked, words))
    named = [m for m in named if not any(m.start < e and s < m.end for s, e in blocked)]
    return tuple(
        sorted(RedactedSpan(m.start, m.end, m.category) for m in (*structured, *named))
    )


def apply_spans(text: str, spans: Iterable[RedactedSpan]) -> str:
    """``text`` with each span replaced by its placeholder (spans must not overlap)."""
    parts: list[str] = []
    position = 0
    for span in sorted(spans):
        if span.start < position:
            raise ValueError(f"overlapping span {span}")
        parts.append(text[position : span.start])
        parts.append(span.category.placeholder)
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def _resolve(matches: Iterable[Match]) -> list[Match]:
    """Longest first, then the most specific category; drop what overlaps."""
    ordered = sorted(
        set(matches), key=lambda m: (m.start - m.end, _SPECIFICITY[m.category], m.start)
    )
    kept: list[Match] = []
    for m in ordered:
        if m.end > m.start and all(m.end <= k.start or k.end <= m.start for k in kept):
            kept.append(m)
    return kept


def _unused(nlp: Language) -> list[str]:
    return [name for name in _UNUSED_COMPONENTS if name in nlp.pipe_names]
