"""Patterns for the structured kinds of personal data, found in the raw text.

E-mail, URLs, phone numbers, IBAN (mod-97), BSN (elfproef), postcodes, dates,
social media handles and street addresses have a shape, so regular expressions
with checksums find them more reliably than the small NER model, which was trained
on news text and tokenises "06-12345678" as one number. The address patterns are
built from the street words in ``words.yml`` on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.privacy.model import Category
from bot.privacy.words import WordLists

# Numbers that belong to services, not to a person: the 0800 and 0900 ranges.
SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")

_TRAILING_PUNCTUATION = ".,;:!?)]}'\"»"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)")
_URL = re.compile(r"(?<![\w@./])(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
# A bare domain is a name of a website; with a path it points at someone's page.
_DOMAIN_PATH = re.compile(
    r"(?<![\w@./])(?:[a-z0-9-]+\.)+(?:nl|com|be|org|net|eu|de|info|io|me|tv|app)"
    r"/[^\s<>\"]*",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
# Between digits: nothing, a space, or a dot or hyphen with optional spaces
# ("06 - 123 456 78").
_SEP = r"(?:\s?[.-]\s?|\s)?"
_DOMESTIC_PHONE = re.compile(
    rf"(?<![\w+])(?:\(0\d{{1,3}}\){_SEP}\d|0[1-9])(?:{_SEP}\d){{6,8}}(?!\w)"
)
_INTERNATIONAL_PHONE = re.compile(
    rf"(?<![\w+])(?:\+|00)\s?[1-9]\d{{0,2}}(?:{_SEP}\(0\))?(?:{_SEP}\d){{6,12}}(?!\w)"
)
_BSN = re.compile(r"(?<![\w.,-])\d(?:[ .-]?\d){8}(?!\w|[.,-]\d)")
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){11,30}(?!\w)")
_NL_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_POSTCODE = re.compile(r"(?<![\w.,-])[1-9]\d{3}( ?)([^\W\d_]{2})(?!\w)")
_POSTCODE_CUE = re.compile(r"postcode|adres", re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1"
    r"(?:(?:19|20)\d{2}|\d{2})(?!\w|[./-]\d)"
)
_ISO_DATE = re.compile(
    r"(?<![\w./-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
    r"(?!\w|[./-]\d)"
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    "november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
)
_TEXT_DATE = re.compile(
    rf"(?<![\w.,-])(?:0?[1-9]|[12]\d|3[01])(?:ste|de|e)?\s?(?:{_MONTHS})(?:\.(?!\w))?"
    r"(?:\s(?:'\d{2}|(?:19|20)\d{2}))?(?!\w)",
    re.IGNORECASE,
)
_HOUSE_NUMBER = (
    r"(?:(?:nr\.?|nummer)\s?)?[1-9]\d{0,3}(?:\s?-\s?\d{1,4}|\s?[a-zA-Z](?!\w))?"
)
_LIVING_CUE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|zit|zitten)\s+(?:nu\s+)?(?:in|op|aan)\s+"
    r"(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    """A span a pattern found; ``start``/``end`` are character offsets."""

    start: int
    end: int
    category: Category


def find_structured(text: str, words: WordLists) -> list[Match]:
    """Every structured span in ``text``; overlaps are left for the caller."""
    found: list[Match] = []
    found.extend(_emails(text))
    found.extend(_urls(text))
    found.extend(_handles(text))
    found.extend(_phones(text))
    found.extend(_ibans(text))
    found.extend(_bsns(text))
    found.extend(_postcodes(text, words))
    found.extend(_dates(text))
    found.extend(find_addresses(text, words))
    return found


def elfproef(digits: str) -> bool:
    """The BSN 11-test: weights 9..2 and -1; the sum is a non-zero multiple of 11."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total != 0 and total % 11 == 0


def iban_is_valid(candidate: str) -> bool:
    """ISO 13616 mod-97 check; Dutch IBANs must also have their fixed shape."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    if not (compact[:2].isalpha() and compact[2:4].isdigit()):
        return False
    if compact.startswith("NL") and not _NL_IBAN.fullmatch(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCTUATION:
        end -= 1
    return end


def _emails(text: str) -> Iterator[Match]:
    for m in _EMAIL.finditer(text):
        yield Match(m.start(), m.end(), Category.EMAIL)


def _urls(text: str) -> Iterator[Match]:
    for pattern in (_URL, _DOMAIN_PATH):
        for m in pattern.finditer(text):
            end = _strip_trailing(text, m.start(), m.end())
            if end - m.start() > 4:
                yield Match(m.start(), end, Category.URL)


def _handles(text: str) -> Iterator[Match]:
    # A handle names a person as well as a name does, so it becomes [NAAM].
    for m in _HANDLE.finditer(text):
        end = m.end()
        while text[end - 1] == ".":
            end -= 1
        yield Match(m.start(), end, Category.NAME)


def _phones(text: str) -> Iterator[Match]:
    for m in _DOMESTIC_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) == 10 and not digits.startswith(SERVICE_PREFIXES):
            yield Match(m.start(), m.end(), Category.PHONE)
    for m in _INTERNATIONAL_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group().replace("(0)", ""))
        if digits.startswith("00"):
            digits = digits[2:]
        dutch = digits.startswith("31")
        if (dutch and len(digits) == 11) or (not dutch and 9 <= len(digits) <= 15):
            yield Match(m.start(), m.end(), Category.PHONE)


def _ibans(text: str) -> Iterator[Match]:
    for m in _IBAN.finditer(text):
        # The pattern may run on into the next word ("NL91... staat"): try the
        # longest prefix that ends on a character and passes the check.
        for end in range(m.end(), m.start() + 14, -1):
            if text[end - 1] == " " or (end < len(text) and text[end].isalnum()):
                continue
            if iban_is_valid(text[m.start() : end]):
                yield Match(m.start(), end, Category.IBAN)
                break


def _bsns(text: str) -> Iterator[Match]:
    for m in _BSN.finditer(text):
        if elfproef(re.sub(r"\D", "", m.group())):
            yield Match(m.start(), m.end(), Category.BSN)


def _postcodes(text: str, words: WordLists) -> Iterator[Match]:
    for m in _POSTCODE.finditer(text):
        letters = m.group(2)
        if letters.upper() in ("SA", "SD", "SS"):
            continue
        # "in 2011 en 2012": four digits and a short word are a year, unless the
        # chatter just said it is a postcode.
        if letters.lower() in words.postcode_words and not _POSTCODE_CUE.search(
            text, max(0, m.start() - 25), m.start()
        ):
            continue
        yield Match(m.start(), m.end(), Category.POSTCODE)


def _dates(text: str) -> Iterator[Match]:
    for pattern in (_NUMERIC_DATE, _ISO_DATE, _TEXT_DATE):
        for m in pattern.finditer(text):
            yield Match(m.start(), m.end(), Category.DATE)


@functools.cache
def _street_patterns(words: WordLists) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(street + house number, street name alone), built from the word lists."""
    all_suffixes = sorted(
        {*words.street_suffixes, *words.street_suffixes_with_number},
        key=len,
        reverse=True,
    )
    common = sorted(words.street_suffixes, key=len, reverse=True)
    particles = r"(?:van|de|der|den|het|'t|ten|ter|op|aan|in)"
    # Up to two capitalised words before the street word: "Burgemeester
    # Jansenlaan", "Johan de Wittlaan", "Oude Gracht".
    chain = rf"(?:[A-Z][\w'’.-]*\s+(?:{particles}\s+)?){{0,2}}"
    letters = r"[^\W\d_]"
    with_number = re.compile(
        rf"(?<![\w-])(?P<chain>{chain})"
        rf"(?P<street>{letters}*?(?i:{'|'.join(all_suffixes)}))"
        rf",?\s(?P<number>{_HOUSE_NUMBER})(?!\w)"
    )
    alone = re.compile(
        rf"(?<![\w-])(?P<chain>{chain})"
        rf"(?P<street>{letters}+?(?i:{'|'.join(common)}))(?![\w-])"
    )
    return with_number, alone


# Streets without a telling suffix ("Lange Voorhout 8", "op de Markt 12"): only
# after a cue, as capitalised words followed by a house number.
_CUED_STREET = re.compile(
    r"(?i:\b(?:woon|woont|wonen|woonde|adres(?:\s+is)?:?|op|aan)\s+(?:de\s+)?)"
    r"(?P<street>(?:Het\s+|De\s+)?[A-Z][^\W\d_]+(?:[-\s][A-Z][^\W\d_]+){0,2})"
    rf"\s(?P<number>{_HOUSE_NUMBER})(?!\w)"
)


def find_addresses(text: str, words: WordLists) -> Iterator[Match]:
    """Street addresses: a street word with a house number, or a named street.

    A street name without a number counts when it is written with a capital
    ("de Molenstraat") or follows "woon op/in de" ("ik woon in de kerkstraat");
    one without a street suffix only after "woon op", "adres is", "op" or "aan"
    and with a house number ("op de Markt 12").
    """
    with_number, alone = _street_patterns(words)
    for m in with_number.finditer(text):
        start = _chain_start(m, words)
        street = m.group("street")
        if street.lower() in words.not_streets:
            continue
        if start == m.start("street") and len(street) <= _suffix_length(street, words):
            continue
        yield Match(start, m.end(), Category.ADDRESS)
    for m in _CUED_STREET.finditer(text):
        names = m.group("street").split()
        if names[0] in ("Het", "De"):
            names = names[1:]
        if names and not any(
            name.lower() in words.stop_words or name.lower() in words.never_words
            for name in names
        ):
            yield Match(m.start("street"), m.end(), Category.ADDRESS)
    for m in alone.finditer(text):
        start = _chain_start(m, words)
        street = m.group("street")
        if street.lower() in words.not_streets:
            continue
        bare = len(street) <= _suffix_length(street, words)
        if start == m.start("street"):
            if bare:
                continue
            capitalised = street[0].isupper() and not street.isupper()
            if not capitalised and not _LIVING_CUE.search(text, 0, start):
                continue
        yield Match(start, m.end(), Category.ADDRESS)


def _chain_start(m: re.Match[str], words: WordLists) -> int:
    """Where the street name starts.

    Leading capitalised words that are function, chat or family words ("Op De
    Kerkstraat", "Mijn Kerkstraat") are no part of it.
    """
    start = m.start("chain")
    chain = m.group("chain")
    offset = 0
    for word in chain.split():
        lower = word.lower().rstrip(".")
        at = chain.index(word, offset)
        # A capitalised "Van" starts a street name ("Van Goghstraat"); "De" and
        # "Op" are far more often an article or a preposition.
        if word == "Van":
            break
        if lower in words.stop_words or lower in words.never_words:
            offset = at + len(word)
            start = m.start("chain") + offset
            while start < len(m.string) and m.string[start].isspace():
                start += 1
            continue
        break
    return start


def _suffix_length(street: str, words: WordLists) -> int:
    lower = street.lower()
    suffixes = (*words.street_suffixes, *words.street_suffixes_with_number)
    return max((len(s) for s in suffixes if lower.endswith(s)), default=0)
