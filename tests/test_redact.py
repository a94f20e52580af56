"""Redaction of personal data on a table of Dutch chat messages (issue 5, Privacy).

The table is tests/data/redaction_cases.yml, all written for this product:

- `tuning` is what the rules were developed against: optimistic.
- `holdout` was written with it and not tuned on, but by the author of the word
  lists, so its names and cities are in them: optimistic too.
- `hard` was written after the first rules to find their limits (names and
  villages in no list, odd formats). Measured blind: names 6/16, places 4/8,
  addresses 0/3; its misses then led to general fixes, so it is no longer blind.
- `fresh` was written last as ordinary chat. Measured blind: names 14/15
  (precision 0.93), places 8/11, addresses 2/3 with precision 0.5 ("Mijn Ouders
  Slaan Mij" was an address); that bug and two others were fixed after it.

Structured categories must be exact on every row. Names, places and addresses
have floors just below what the rules measure now, so that a regression fails and
the printed misses show what to look at. deduce 3.0.6 on the same table: see the
docstring of bot/privacy/redact.py.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field

import pytest
import yaml

from bot.privacy import (
    Category,
    RedactedSpan,
    Redaction,
    WordListError,
    apply_spans,
    load_words,
    parse_words,
    redact,
    redact_many,
)
from bot.privacy.patterns import elfproef, iban_is_valid
from tests.conftest import ROOT

CASES_FILE = ROOT / "tests" / "data" / "redaction_cases.yml"
SECTIONS = ("tuning", "holdout", "hard", "fresh")
STRUCTURED = frozenset(
    {
        Category.PHONE,
        Category.EMAIL,
        Category.POSTCODE,
        Category.BSN,
        Category.IBAN,
        Category.DATE,
        Category.URL,
    }
)
FUZZY = (Category.NAME, Category.PLACE, Category.ADDRESS)
_PLACEHOLDER = re.compile(r"\[(" + "|".join(c.value for c in Category) + r")\]")

# (recall floor, precision floor) per section and category, measured 2026-11-29
# and set a little below (measured values in the comments).
FLOORS: dict[str, dict[Category, tuple[float, float]]] = {
    "tuning": {
        Category.NAME: (0.93, 0.95),  # 28/29, 28/29
        Category.PLACE: (0.95, 0.95),  # 21/21, 21/21
        Category.ADDRESS: (0.95, 0.95),  # 10/10, 10/10
    },
    "holdout": {
        Category.NAME: (0.95, 0.95),  # 16/16, 16/16
        Category.PLACE: (0.95, 0.95),  # 11/11, 11/11
        Category.ADDRESS: (0.95, 0.95),  # 3/3, 3/3
    },
    "hard": {
        Category.NAME: (0.5, 0.85),  # 9/16, 9/10
        Category.PLACE: (0.7, 0.95),  # 6/8, 6/6
        Category.ADDRESS: (0.6, 0.95),  # 2/3, 2/2
    },
    "fresh": {
        Category.NAME: (0.9, 0.9),  # 14/15, 14/15
        Category.PLACE: (0.85, 0.95),  # 10/11, 10/10
        Category.ADDRESS: (0.95, 0.95),  # 3/3, 3/3
    },
    "all": {
        Category.NAME: (0.85, 0.95),  # 67/76, 67/70
        Category.PLACE: (0.9, 0.95),  # 48/51, 48/48
        Category.ADDRESS: (0.9, 0.95),  # 18/19, 18/18
    },
}
# Over all sections: how many ordinary messages may lose a word, at most.
MAX_CHANGED_ORDINARY_SHARE = 0.05


@dataclass(frozen=True)
class Case:
    section: str
    text: str
    expected: str

    @property
    def ordinary(self) -> bool:
        return self.text == self.expected


@dataclass
class Score:
    tp: Counter[Category] = field(default_factory=Counter)
    fn: Counter[Category] = field(default_factory=Counter)
    fp: Counter[Category] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def recall(self, category: Category) -> float:
        found = self.tp[category] + self.fn[category]
        return self.tp[category] / found if found else 1.0

    def precision(self, category: Category) -> float:
        claimed = self.tp[category] + self.fp[category]
        return self.tp[category] / claimed if claimed else 1.0


def load_cases() -> list[Case]:
    data = yaml.safe_load(CASES_FILE.read_text("utf-8"))
    return [
        Case(section, row["text"], row.get("expected", row["text"]))
        for section in SECTIONS
        for row in data.get(section) or []
    ]


CASES = load_cases()


def expected_spans(
    case: Case, predicted: set[tuple[int, int, Category]]
) -> set[tuple[int, int, Category]]:
    """Where the placeholders of `expected` sit in `text`.

    A placeholder can be aligned in several ways ("[POSTCODE] [PLAATS]" over
    "1016 GV Amsterdam"); the alignment that agrees with a predicted span is
    tried first, so a correct span is never counted as a miss by accident.
    """
    parts = _PLACEHOLDER.split(case.expected)
    text = case.text
    ends = {(s, c): e for s, e, c in predicted}

    def align(k: int, pos: int) -> list[tuple[int, int, Category]] | None:
        if k == len(parts):
            return [] if pos == len(text) else None
        if k % 2 == 0:
            if not text.startswith(parts[k], pos):
                return None
            return align(k + 1, pos + len(parts[k]))
        category = Category(parts[k])
        candidates = list(range(pos + 1, len(text) + 1))
        if (pos, category) in ends:
            candidates.insert(0, ends[(pos, category)])
        for end in candidates:
            rest = align(k + 1, end)
            if rest is not None:
                return [(pos, end, category), *rest]
        return None

    spans = align(0, 0)
    assert spans is not None, f"expected does not fit the text: {case}"
    return set(spans)


def spans_of(redaction: Redaction) -> set[tuple[int, int, Category]]:
    return {(s.start, s.end, s.category) for s in redaction.spans}


def score(pairs: list[tuple[Case, Redaction]]) -> Score:
    result = Score()
    for case, redaction in pairs:
        got = spans_of(redaction)
        want = expected_spans(case, got)
        for span in want:
            (result.tp if span in got else result.fn)[span[2]] += 1
        for span in got - want:
            result.fp[span[2]] += 1
        if redaction.text != case.expected:
            result.misses.append(
                f"[{case.section}] {case.text}\n   want: {case.expected}\n"
                f"   got:  {redaction.text}"
            )
    return result


@pytest.fixture(scope="module")
def redacted(nlp) -> list[tuple[Case, Redaction]]:
    return list(zip(CASES, redact_many(nlp, [c.text for c in CASES]), strict=True))


def test_the_table_covers_what_the_issue_asks():
    assert len(CASES) >= 60
    counts = Counter(
        Category(m) for case in CASES for m in _PLACEHOLDER.findall(case.expected)
    )
    for category in Category:
        assert counts[category] >= 3, category
    assert sum(case.ordinary for case in CASES) >= 40
    assert len({c.text for c in CASES}) == len(CASES), "a case is in the table twice"


def test_batch_and_single_redaction_agree(nlp, redacted):
    for case, batch in redacted[::7]:
        assert redact(nlp, case.text) == batch


def test_the_servers_pipeline_without_parser_gives_the_same_result(redacted):
    # Rasa loads the model with disable=["parser"] and the review shares it.
    import spacy

    without_parser = spacy.load("nl_core_news_sm", disable=["parser"])
    texts = [c.text for c, _ in redacted]
    for (_, full), lean in zip(
        redacted, redact_many(without_parser, texts), strict=True
    ):
        assert lean == full


def test_spans_are_ordered_disjoint_and_rebuild_the_text(redacted):
    for case, redaction in redacted:
        spans = redaction.spans
        assert list(spans) == sorted(spans)
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
        assert all(case.text[s.start : s.end].strip() for s in spans)
        assert apply_spans(case.text, spans) == redaction.text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[:40])
def test_structured_categories_are_exact(case, redacted):
    redaction = next(r for c, r in redacted if c is case)
    got = {s for s in spans_of(redaction) if s[2] in STRUCTURED}
    want = {s for s in expected_spans(case, spans_of(redaction)) if s[2] in STRUCTURED}
    assert got == want, redaction.text


@pytest.mark.parametrize("section", [*SECTIONS, "all"])
def test_names_places_and_addresses(section, redacted, capsys):
    s = score([(c, r) for c, r in redacted if section in (c.section, "all")])
    report = ", ".join(
        f"{c.value} recall {s.recall(c):.2f} ({s.tp[c]}/{s.tp[c] + s.fn[c]}) "
        f"precision {s.precision(c):.2f}"
        for c in FUZZY
    )
    with capsys.disabled():
        print(f"\nredaction {section}: {report}")
        if section != "all":
            print("\n".join(s.misses))
    for category, (min_recall, min_precision) in FLOORS[section].items():
        assert s.recall(category) >= min_recall, (category, "\n".join(s.misses))
        assert s.precision(category) >= min_precision, (category, "\n".join(s.misses))


def test_ordinary_messages_are_left_alone(redacted):
    ordinary = [(c, r) for c, r in redacted if c.ordinary]
    changed = [f"{c.text} -> {r.text}" for c, r in ordinary if r.text != c.text]
    assert len(changed) <= MAX_CHANGED_ORDINARY_SHARE * len(ordinary), changed


@pytest.mark.parametrize(
    "text",
    [
        "mijn vader slaat mijn moeder",
        "Ik woon in een flat",
        "help",
        "Help",
        "Hij",
        "HIJ SLAAT ME",
        "de juf",
        "Juf",
        "Veilig Thuis",
        "Politie",
        "Mama",
        "Papa",
        "Oma en Opa",
        "Meester",
        "Mijn Stiefvader",
        "de huisarts",
        "School",
        "Hallo",
        "Doei",
        "Jeugdzorg",
        "bel 112",
        "bel 0800-2000",
        "in 2011 en 2012",
        "om 22.30 uur",
        "ik ben 14",
        "veiligthuis.nl",
        "klantnummer 123456789",
    ],
)
def test_ordinary_words_are_never_redacted(nlp, text):
    assert redact(nlp, text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06-12345678", "[TELEFOON]"),
        ("(020) 123 45 67", "[TELEFOON]"),
        ("+32 470 12 34 56", "[TELEFOON]"),
        ("111 222 333", "[BSN]"),
        ("111222334", "111222334"),
        ("NL91 ABNA 0417 1643 00", "[IBAN]"),
        ("NL91ABNA0417164301", "NL91ABNA0417164301"),
        ("DE89 3704 0044 0532 0130 00", "[IBAN]"),
        ("1234 AB", "[POSTCODE]"),
        ("postcode 1234 EN", "postcode [POSTCODE]"),
        ("2011-03-12", "[DATUM]"),
        ("31 december", "[DATUM]"),
        ("http://example.org/a?b=c.", "[URL]."),
        ("@jan_de_vries", "[NAAM]"),
    ],
)
def test_structured_shapes(nlp, text, expected):
    assert redact(nlp, text).text == expected


def test_checksums():
    assert elfproef("111222333")
    assert elfproef("123456782")
    assert not elfproef("123456789")
    assert not elfproef("000000000")
    assert not elfproef("12345678")
    assert iban_is_valid("NL91ABNA0417164300")
    assert iban_is_valid("nl91 abna 0417 1643 00")
    assert not iban_is_valid("NL91ABNA0417164301")
    assert not iban_is_valid("NL91ABNA041716430")


def test_placeholders_and_overlap_check():
    assert Category.NAME.placeholder == "[NAAM]"
    assert apply_spans("Jan belt", [RedactedSpan(0, 3, Category.NAME)]) == "[NAAM] belt"
    with pytest.raises(ValueError, match="overlapping"):
        apply_spans(
            "Jan Jansen",
            [RedactedSpan(0, 6, Category.NAME), RedactedSpan(4, 10, Category.NAME)],
        )


def test_never_redact_lists_hold_what_the_issue_names():
    words = load_words()
    for word in ("hij", "mama", "papa", "oma", "opa", "juf", "meester", "stiefvader"):
        assert word in words.never_words
    for word in ("politie", "huisarts", "school", "help", "hallo"):
        assert word in words.never_words
    assert ("veilig", "thuis") in words.never_phrases


def test_word_lists_are_validated():
    with pytest.raises(WordListError, match="never_redact"):
        parse_words({"name_cues": {}})
    with pytest.raises(WordListError, match="lower case"):
        data = yaml.safe_load((ROOT / "bot" / "privacy" / "words.yml").read_text())
        data["first_names"].append("Jan")
        parse_words(data)


def test_import_does_no_work():
    code = (
        "import sys, bot.privacy\n"
        "from bot.privacy.words import load_words\n"
        "assert load_words.cache_info().currsize == 0\n"
        'assert "spacy" not in sys.modules\n'
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
