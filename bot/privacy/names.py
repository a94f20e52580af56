"""Names and places in a spaCy ``Doc``: the NER, checked against chat reality.

``nl_core_news_sm`` was trained on news text: in chat it calls "Mama", "Doei" and
"Jeugdzorg" a person or a place and misses every name typed in lower case. So an
entity only counts when it survives the never-redact lists and looks like a name
(a capital in a message whose capitals mean something, or a known first name),
and cues ("ik heet", "mijn ex", "juf") and the gazetteers in ``words.yml`` find
the lower-case names and places the model misses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.privacy.model import Category
from bot.privacy.patterns import Match
from bot.privacy.words import WordLists

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Parts of speech that are never the start of a name, even for a known first name
# ("wil" as a verb is covered by the ambiguous list; these are "en", "de", "ik").
_FUNCTION_POS = frozenset(
    {"AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "PART"}
)
_NAME_SHAPE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SCHOOL = re.compile(r"[A-Z][^\W\d_]+(?:school|college|lyceum|gymnasium)")
_PLACE_CUE = re.compile(r"(?i:\b(?:in|uit|naar|bij|te|vanuit|richting))\s+$")
# A message whose words are mostly capitalised (phone keyboards, "Mijn Vader Slaat
# Me") says nothing with its capitals; from this many words on we can tell.
_MIN_WORDS_FOR_CASE = 4
_TITLE_SHARE = 0.6
_MAX_EXTRA_SURNAME_WORDS = 2
# Person names take no article; "de Efteling", "het Stedelijk" are no people.
_ARTICLES = frozenset({"de", "het", "een", "'t"})
_PLACE_WORDS = frozenset({"in", "uit", "naar", "te", "vanuit"})
_SENTENCE_END = frozenset({".", "!", "?", "…", "..", "...", "!!", "??", "?!", "!?"})

# What comes before a word: "ik heet" (strong), "ik ben" (weak), "juf" (title),
# "mijn ex" (relation), or the word is inside an NER entity (entity).
Cue = Literal["strong", "weak", "title", "relation", "entity"]


@dataclass(frozen=True)
class _Context:
    doc: Doc
    words: WordLists
    lowers: tuple[str, ...]
    sentence_start: tuple[bool, ...]
    usable: tuple[bool, ...]
    protected: tuple[bool, ...]
    informative_case: bool


def find_names_and_places(
    doc: Doc, blocked: Sequence[tuple[int, int]], words: WordLists
) -> list[Match]:
    """Name and place spans in ``doc``.

    The character ranges in ``blocked`` (what the structured patterns already
    took) are left alone.
    """
    ctx = _context(doc, blocked, words)
    found: list[Match] = []
    found.extend(_from_entities(ctx))
    found.extend(_from_tokens(ctx))
    found.extend(_from_place_lists(ctx))
    return found


def _context(
    doc: Doc, blocked: Sequence[tuple[int, int]], words: WordLists
) -> _Context:
    usable = tuple(
        not any(tok.idx < end and tok.idx + len(tok) > start for start, end in blocked)
        for tok in doc
    )
    lowers = [_lower(tok) for tok in doc]
    protected = [lower in words.never_words for lower in lowers]
    for phrase in words.never_phrases:
        size = len(phrase)
        for i in range(len(lowers) - size + 1):
            if tuple(lowers[i : i + size]) == phrase:
                protected[i : i + size] = [True] * size
    return _Context(
        doc,
        words,
        tuple(lowers),
        _sentence_starts(doc),
        usable,
        tuple(protected),
        _case_is_informative(doc),
    )


def _sentence_starts(doc: Doc) -> tuple[bool, ...]:
    """Which words start a sentence, from punctuation and line breaks.

    Not from the parser: Rasa loads the pipeline without it, and the review
    shares Rasa's pipeline, so the result must not depend on it.
    """
    starts = []
    previous = ""
    for tok in doc:
        starts.append(not previous or previous in _SENTENCE_END or "\n" in previous)
        if not tok.is_space or "\n" in tok.text:
            previous = tok.text if not tok.is_space else "\n"
    return tuple(starts)


def _case_is_informative(doc: Doc) -> bool:
    text = doc.text
    if not any(char.islower() for char in text):
        return False
    alpha = [tok.text for tok in doc if tok.is_alpha and len(tok) > 1]
    if len(alpha) < _MIN_WORDS_FOR_CASE:
        return True
    titled = sum(1 for word in alpha if word[0].isupper())
    return titled / len(alpha) < _TITLE_SHARE


def _lower(tok: Token) -> str:
    return tok.lower_.replace("’", "'")


def _plain(ctx: _Context, i: int) -> bool:
    """A word that could be part of a name: not protected, not a stop word."""
    return (
        ctx.usable[i]
        and not ctx.protected[i]
        and _NAME_SHAPE.fullmatch(ctx.doc[i].text) is not None
        and ctx.lowers[i] not in ctx.words.stop_words
    )


def _capitalised(ctx: _Context, i: int) -> bool:
    text = ctx.doc[i].text
    return ctx.informative_case and text[0].isupper() and not text.isupper()


def _known_first_name(ctx: _Context, i: int, cue: Cue | None) -> bool:
    """A first name from the lists.

    One that is also a common word ("wil", "roos") needs a capital, or "ik heet"
    before it: "mijn moeder wil" is no name.
    """
    if not ctx.usable[i] or ctx.protected[i]:
        return False
    tok = ctx.doc[i]
    lower = ctx.lowers[i]
    if lower in ctx.words.first_names:
        return cue is not None or tok.pos_ not in _FUNCTION_POS
    if lower in ctx.words.ambiguous_first_names:
        if cue == "strong":
            return True
        if tok.pos_ in ("AUX", "VERB") or not _capitalised(ctx, i):
            return False
        return cue is not None or not ctx.sentence_start[i]
    return False


def _from_entities(ctx: _Context) -> Iterator[Match]:
    for ent in ctx.doc.ents:
        for first, last in _runs(ctx, ent.start, ent.end):
            category = _entity_category(ctx, ent, first, last)
            if category is Category.NAME:
                yield _span(ctx, first, _extend_surname(ctx, last + 1), category)
            elif category is not None:
                yield _span(ctx, first, last + 1, category)


def _runs(ctx: _Context, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Maximal runs of candidate words inside an entity.

    The edges are trimmed to words that look like a name: "Juf Anouk" -> "Anouk",
    "Oh God" -> nothing, "Heet Ingrid" typed in title case -> "Ingrid".
    """
    i = start
    while i < end:
        while i < end and not _nameish(ctx, i):
            i += 1
        j = i
        while j < end and (_plain(ctx, j) or ctx.lowers[j] in ctx.words.particles):
            j += 1
        last = j - 1
        while last >= i and not _nameish(ctx, last):
            last -= 1
        if last >= i:
            yield i, last
        i = max(j, i + 1)


def _nameish(ctx: _Context, i: int) -> bool:
    if not _plain(ctx, i):
        return False
    lower = ctx.lowers[i]
    return (
        _capitalised(ctx, i)
        or lower in ctx.words.first_names
        or lower in ctx.words.ambiguous_first_names
        or (lower,) in ctx.words.surnames
        or lower in _place_names(ctx.words)
    )


def _entity_category(
    ctx: _Context, ent: Span, first: int, last: int
) -> Category | None:
    lowers = ctx.lowers[first : last + 1]
    text = " ".join(lowers)
    if text in _place_names(ctx.words):
        return Category.PLACE
    if (
        first == last
        and _SCHOOL.fullmatch(ctx.doc[first].text)
        and ctx.informative_case
    ):
        return Category.PLACE
    known_name = any(
        _known_first_name(ctx, k, cue="entity") for k in range(first, last + 1)
    )
    if known_name or lowers in ctx.words.surnames:
        return Category.NAME
    capitalised = [k for k in range(first, last + 1) if _capitalised(ctx, k)]
    if not capitalised:
        return None
    if _after_place_word(ctx, first):
        return Category.PLACE
    if ent.label_ == "LOC":
        return Category.PLACE
    if ent.label_ == "PER":
        # The model's PER at the start of a sentence is right for "Djamila zegt"
        # and wrong for "Help"; the never-redact lists took the chat words.
        return Category.NAME
    # ORG and MISC are mostly organisations, apps and events ("de Efteling",
    # "Leger des Heils"); a one-word one in the middle of a sentence, not after
    # an article, is a person far more often ("vriendin (Saskia)").
    if len(ent) == 1 and _proper_mid_sentence(ctx, first):
        return Category.NAME
    return None


def _after_place_word(ctx: _Context, i: int) -> bool:
    """After "in", "uit", "naar", "te" or "vanuit": "woont in Sint-Oedenrode"."""
    return i > 0 and ctx.lowers[i - 1] in _PLACE_WORDS


def _proper_mid_sentence(ctx: _Context, i: int) -> bool:
    tok = ctx.doc[i]
    return (
        _plain(ctx, i)
        and _capitalised(ctx, i)
        and not ctx.sentence_start[i]
        and tok.pos_ == "PROPN"
        and not (i > 0 and ctx.lowers[i - 1] in _ARTICLES)
    )


def _from_tokens(ctx: _Context) -> Iterator[Match]:
    doc = ctx.doc
    for i in range(len(doc)):
        if not ctx.usable[i] or ctx.protected[i]:
            continue
        cue = _cue_before(ctx, i)
        if cue in ("title", "strong") and ctx.lowers[i] in ctx.words.particles:
            # "meneer de Vries": the name starts at the particle.
            after = _extend_surname(ctx, i)
            if after > i and _surname_part_at(ctx, after - 1):
                yield _span(ctx, i, after, Category.NAME)
            continue
        if _name_after_cue(ctx, i, cue) or _known_first_name(ctx, i, cue=None):
            yield _span(ctx, i, _extend_surname(ctx, i + 1), Category.NAME)
        elif ctx.informative_case and _SCHOOL.fullmatch(doc[i].text):
            yield _span(ctx, i, i + 1, Category.PLACE)


def _name_after_cue(ctx: _Context, i: int, cue: Cue | None) -> bool:
    if cue is None:
        return False
    if _known_first_name(ctx, i, cue):
        return True
    if not _plain(ctx, i):
        return False
    if cue == "strong":
        return True
    if _capitalised(ctx, i):
        return True
    # "mijn ex jan": lower case after a relation word only when the tagger also
    # thinks it is a proper noun, since "mijn vriend zegt" is far more common.
    tok = ctx.doc[i]
    return cue in ("relation", "title") and tok.text.islower() and tok.pos_ == "PROPN"


def _cue_before(ctx: _Context, i: int) -> Cue | None:
    """The cue right before word ``i``.

    "mijn naam is: Sanne" and "Liefs, Anna" may have a colon or comma in between;
    a relation may not ("mijn vriend, ook").
    """
    k = i
    punctuated = k > 0 and ctx.doc[k - 1].text in (":", ",")
    if punctuated:
        k -= 1
    if k == 0:
        return None
    before = ctx.lowers[max(0, k - 4) : k]
    if any(before[-len(cue) :] == cue for cue in ctx.words.strong_cues):
        return "strong"
    if any(before[-len(cue) :] == cue for cue in ctx.words.weak_cues):
        return "weak"
    if punctuated:
        return None
    if before[-1] in ctx.words.titles:
        return "title"
    if before[-1] in ctx.words.relations:
        return "relation"
    return None


def _surname_part_at(ctx: _Context, i: int) -> bool:
    return _plain(ctx, i) and ctx.lowers[i] not in ctx.words.particles


def _extend_surname(ctx: _Context, j: int) -> int:
    """The end of a name that continues after token ``j - 1``.

    "Jan de Vries", "peter van dijk", "Kevin Bakker", "mehmet yilmaz".
    """
    doc = ctx.doc
    n = len(doc)
    lowers = ctx.lowers
    for surname in ctx.words.surnames:
        if tuple(lowers[j : j + len(surname)]) == surname and all(
            ctx.usable[j : j + len(surname)]
        ):
            return j + len(surname)
    k = j
    while k < n and lowers[k] in ctx.words.particles and ctx.usable[k]:
        k += 1
    if k > j:
        if k < n and _plain(ctx, k) and _capitalised(ctx, k):
            return k + 1
        return j
    extra = 0
    while (
        j < n
        and extra < _MAX_EXTRA_SURNAME_WORDS
        and _plain(ctx, j)
        and _capitalised(ctx, j)
        and not ctx.sentence_start[j]
        and doc[j].pos_ in ("PROPN", "NOUN", "X")
    ):
        j += 1
        extra += 1
    return j


def _from_place_lists(ctx: _Context) -> Iterator[Match]:
    text = ctx.doc.text
    plain, ambiguous = _place_patterns(ctx.words)
    for m in plain.finditer(text):
        if _free(ctx, m.start(), m.end()):
            yield Match(m.start(), m.end(), Category.PLACE)
    for m in ambiguous.finditer(text):
        if (
            m.group()[0].isupper()
            and _PLACE_CUE.search(text, 0, m.start())
            and _free(ctx, m.start(), m.end())
        ):
            yield Match(m.start(), m.end(), Category.PLACE)


def _free(ctx: _Context, start: int, end: int) -> bool:
    """No token in the range is protected or already taken by a pattern."""
    return all(
        ctx.usable[tok.i] and not ctx.protected[tok.i]
        for tok in ctx.doc
        if tok.idx < end and tok.idx + len(tok) > start
    )


@functools.cache
def _place_names(words: WordLists) -> frozenset[str]:
    return frozenset(
        " ".join(p.split()) for p in (*words.places, *words.ambiguous_places)
    )


@functools.cache
def _place_patterns(words: WordLists) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(names: Sequence[str]) -> str:
        ordered = sorted(names, key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in ordered)

    boundary_before, boundary_after = r"(?<![\w'’-])", r"(?![\w-])"
    plain = re.compile(
        f"{boundary_before}(?:{alternation(words.places)}){boundary_after}",
        re.IGNORECASE,
    )
    ambiguous = re.compile(
        f"{boundary_before}(?:{alternation(words.ambiguous_places)}){boundary_after}",
        re.IGNORECASE,
    )
    return plain, ambiguous


def _span(ctx: _Context, first: int, end: int, category: Category) -> Match:
    doc = ctx.doc
    return Match(doc[first].idx, doc[end - 1].idx + len(doc[end - 1]), category)
