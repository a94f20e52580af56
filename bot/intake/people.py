"""Who is who in a message: person words, their owner, doer and done-to of a harm.

Pure token logic over the danger matcher's tokens. Chat Dutch rarely parses
well with the small pipeline, so the roles come from word order inside a clause
(subject before the verb in a main clause, both before it in a subordinate one,
the subject after the verb after a fronted time word, a passive with "door"),
which is right often enough for an intake that a worker checks anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.danger.patterns import Tok
from bot.intake.rules import IntakeRules


@dataclass(frozen=True)
class Person:
    """A person word: its tokens, its relation word class and whose it is.

    ``owner`` is "self" for "mijn moeder", "other" for "haar man", None for "de
    buurman". ``self_ref`` marks the speaker ("ik", "me"); ``pronoun`` a third
    person pronoun ("hij", "haar") that still has to be resolved.
    """

    first: int
    last: int
    relation: str = "onbekend"
    owner: str | None = None
    word: str = ""
    age: int | None = None
    self_ref: bool = False
    pronoun: bool = False


@dataclass(frozen=True)
class HarmRoles:
    """Doer and done-to of one harm phrase (None when the text does not say)."""

    agent: Person | None
    patients: tuple[Person, ...]
    passive: bool = False  # "wordt door mijn broer uitgehongerd": the doer is named


def find_people(toks: Sequence[Tok], rules: IntakeRules) -> list[Person]:
    """Person words and step-parent phrases of a message, in order."""
    found: list[Person] = []
    taken: set[int] = set()
    for pattern in rules.patterns["stepparent"]:
        for first, last in pattern.find(toks):
            found.append(
                Person(first, last, "stiefouder", "self", _text(toks, first, last))
            )
            taken.update(range(first, last + 1))
    for i, tok in enumerate(toks):
        if i in taken:
            continue
        relation = rules.people.get(tok.norm)
        if tok.norm == "ex" and i + 2 < len(toks) and toks[i + 1].norm == "-":
            relation = "ex-partner"  # "ex-vriend" split by the tokenizer
            taken.update({i + 1, i + 2})
        if relation is None:
            continue
        owner = _owner(toks, i, rules)
        found.append(
            Person(
                first=i,
                last=i,
                relation=relation,
                owner=owner,
                word=tok.norm,
                age=_age_after(toks, i, rules),
            )
        )
    found.sort(key=lambda p: p.first)
    return found


def find_roles(
    toks: Sequence[Tok],
    span: tuple[int, int],
    people: Sequence[Person],
    rules: IntakeRules,
) -> HarmRoles:
    """Doer and done-to of the harm phrase at ``span`` (token indices)."""
    first, last = span
    lo, hi = _clause(toks, first, last, rules)
    candidates = [p for p in people if lo <= p.first <= hi and not _at_place(p, toks)]
    candidates += _pronouns(toks, lo, hi, people, rules)
    candidates.sort(key=lambda p: p.first)
    passive = _is_passive(toks, lo, last, rules)
    if passive:
        # "ik word geslagen door hem", "mijn moeder wordt door mijn broer ...".
        by = next(
            (i for i in range(lo, hi + 1) if toks[i].norm in rules.words["by"]), None
        )
        agent = next((p for p in candidates if by is not None and p.first > by), None)
        end = by if by is not None else first
        patients = tuple(p for p in candidates if p.first < end and p is not agent)
        return HarmRoles(agent=agent, patients=patients[-1:], passive=agent is not None)
    agent = _agent(candidates, (first, last), toks, rules)
    patients = tuple(
        p
        for p in candidates
        if p is not agent
        and toks[p.first].norm not in _SUBJECT_ONLY
        and (not p.self_ref or first - 4 <= p.first <= last + 3)
    )
    if agent is not None:
        patients = tuple(p for p in patients if p.first > agent.first or p.self_ref)
    return HarmRoles(agent=agent, patients=patients)


_SUBJECT_ONLY = frozenset({"hij", "zij", "he", "she", "ik", "i", "wij", "we"})


def _agent(
    candidates: Sequence[Person],
    span: tuple[int, int],
    toks: Sequence[Tok],
    rules: IntakeRules,
) -> Person | None:
    """The doer, by word order.

    Before the verb: a subject pronoun nearest to it, else the first person named
    (in a subordinate clause both come first: "omdat mijn vader mijn moeder
    slaat"). Otherwise the first subject after the verb ("gisteren sloeg hij").
    "ze" is a subject before the verb and an object after it.
    """
    verb = span[0]

    def subject(p: Person) -> bool:
        norm = toks[p.first].norm
        return (p.self_ref or p.pronoun) and (
            norm in _SUBJECT_ONLY
            or (norm in rules.words["other_subject"] and p.first < verb)
        )

    before = [p for p in candidates if p.first < verb]
    pronouns = [p for p in before if subject(p) and _close_subject(p, span, toks)]
    clear = [p for p in pronouns if toks[p.first].norm in _SUBJECT_ONLY]
    if clear or pronouns:
        return (clear or pronouns)[-1]
    named = [p for p in before if not p.pronoun and not p.self_ref]
    adults = [
        p
        for p in candidates
        if not p.pronoun and p.relation in rules.words["adult_classes"]
    ]
    if named and _young(named[0], rules) and adults:
        return adults[0]  # "een kind gillen 'stop papa'": the child is harmed
    if named:
        return named[0]
    after = [p for p in candidates if p.first >= verb]
    return next(
        (p for p in after if subject(p) or (not p.pronoun and not p.self_ref)), None
    )


# "bij mij voor het raam": the speaker is where it happens, not the one harmed.
_PLACE = frozenset(
    {"bij", "naast", "achter", "voor", "met", "van", "over", "zonder", "volgens"}
)
# Between "ik" and a harm, these make the speaker no doer: "ik hoor hem slaan",
# "ik ben bang", "ik mag niet naar buiten", "toen ik de deur op slot wilde doen".
_NOT_DOING = frozenset(
    {"hoor", "hoorde", "zie", "zag", "merk", "merkte", "denk", "dacht", "weet",
     "vind", "voel", "lees", "las", "zeg", "zei", "ben", "was", "word", "werd",
     "mag", "mocht", "moet", "moest", "kan", "kon", "durf", "durfde", "wil",
     "wilde", "wou", "zou", "krijg", "kreeg"}
)  # fmt: skip
QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def _at_place(person: Person, toks: Sequence[Tok]) -> bool:
    """There, not doing or harmed: "alleen thuis met de baby", "bij mijn moeder"."""
    i = person.first - 1
    if i >= 0 and toks[i].norm in {
        "de",
        "het",
        "een",
        "mijn",
        "mn",
        "m'n",
        "haar",
        "zijn",
        "z'n",
        "zn",
        "onze",
    }:
        i -= 1
    return i >= 0 and toks[i].norm in _PLACE and toks[i].norm != "van"


def _close_subject(person: Person, span: tuple[int, int], toks: Sequence[Tok]) -> bool:
    """The speaker is the doer only right before the harm: "ik sla", "ik heb ...".

    "ik hoor een vrouw gillen", "ik ben bang" or "ik mag niet naar buiten" make
    no doer of the speaker, nor do someone else's words in quotes.
    """
    if not person.self_ref:
        return True
    aux = person.first + 1 < len(toks) and toks[person.first + 1].norm in {
        "heb",
        "had",
    }
    if span[0] - person.first > (9 if aux else 5):
        return False
    around = {t.norm for t in toks[person.first + 1 : span[1] + 3]}
    return not (around & _NOT_DOING) and not quoted(toks, person.first)


def quoted(toks: Sequence[Tok], i: int) -> bool:
    """Inside quotes in its sentence: someone else's words ("'ik maak je dood'")."""
    sent = toks[i].sent
    marks = sum(1 for t in toks[:i] if t.sent == sent and _quote_mark(t.norm))
    return marks % 2 == 1 or _quote_mark(toks[i].norm)


def _quote_mark(norm: str) -> bool:
    """A quote, or a word glued to one ("'ik"), but not "'s", "'t" or "'ie"."""
    if norm in QUOTES:
        return True
    return norm[:1] in QUOTES and norm[1:] not in _CLITICS and len(norm) > 1


_CLITICS = frozenset({"s", "t", "n", "k", "m", "r", "ie", "em", "er"})


def resentence(toks: Sequence[Tok]) -> list[Tok]:
    """Sentences by punctuation only.

    The small Dutch parser breaks chat lines at odd places ("ik ben | 13 btw"),
    and an intake phrase must not be cut in two; a full stop, "!", "?" or ";"
    still ends a sentence.
    """
    out: list[Tok] = []
    sent = 0
    for tok in toks:
        out.append(Tok(tok.norm, tok.lemma, tok.start, tok.end, sent))
        if tok.norm in {".", "!", "?", ";", "...", "!!", "??", "?!"}:
            sent += 1
    return out


def _young(person: Person, rules: IntakeRules) -> bool:
    return (
        person.relation in {"kind", "broer_zus"} or person.word in rules.words["young"]
    )


def _clause(
    toks: Sequence[Tok], first: int, last: int, rules: IntakeRules
) -> tuple[int, int]:
    """Token bounds of the clause around a phrase, inside its sentence."""
    sent = toks[first].sent
    lo = first
    while lo > 0 and toks[lo - 1].sent == sent and first - lo < 10:
        norm = toks[lo - 1].norm
        if (norm in rules.words["clause"] or norm in {",", ";"}) and lo < first:
            break
        lo -= 1
    hi = last
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent and hi - last < 10:
        norm = toks[hi + 1].norm
        if norm in rules.words["clause"] or norm in {"maar", "but", ",", ";"}:
            break
        # "en" starts a new clause unless it adds a person: "mij en mijn zusje".
        if norm in {"en", "and"} and not _adds_person(toks, hi + 2, rules):
            break
        hi += 1
    return lo, hi


def _adds_person(toks: Sequence[Tok], i: int, rules: IntakeRules) -> bool:
    if i >= len(toks):
        return False
    norm = toks[i].norm
    return (
        norm in rules.people
        or norm in rules.words["possessive_speaker"]
        or norm in rules.words["possessive_other"]
        or norm in rules.words["self_object"]
        or norm in {"de", "het"}
    )


# Participles of harm without "ge-": "ik ben verkracht", "ze is mishandeld".
_PARTICIPLES = frozenset(
    {"verkracht", "mishandeld", "misbruikt", "bedreigd", "betast", "vermoord",
     "verwaarloosd", "verwond", "beroofd", "bestolen", "aangerand", "aangevallen",
     "opgesloten", "uitgescholden", "vastgebonden", "afgeperst", "ontvoerd"}
)  # fmt: skip
# A new subject ends the passive's reach: "ik ben zo boos dat ik hem geslagen heb".
_SUBJECTS = frozenset({"ik", "hij", "zij", "ze", "je", "jij", "we", "wij", "u", "die"})


def _participle(norm: str) -> bool:
    return (norm.startswith("ge") and len(norm) > 4) or norm in _PARTICIPLES


def _is_passive(toks: Sequence[Tok], lo: int, last: int, rules: IntakeRules) -> bool:
    """A passive harm: "ik word geslagen", "ze werd bedreigd", "ik ben geslagen".

    "zijn" with a participle up to eight words on counts too ("ik ben afgelopen
    zaterdag na het stappen verkracht"), unless another subject comes between.
    """
    for i in range(lo, last + 1):
        norm = toks[i].norm
        if norm in rules.words["passive"]:
            return True
        if norm not in {"ben", "is", "bent", "zijn", "was"}:
            continue
        for j in range(i + 1, min(last + 1, i + 9)):
            if toks[j].norm in _SUBJECTS:
                break
            if _participle(toks[j].norm):
                return True
    return False


def _pronouns(
    toks: Sequence[Tok],
    lo: int,
    hi: int,
    people: Sequence[Person],
    rules: IntakeRules,
) -> list[Person]:
    """The speaker's and third-person pronouns in the clause (not possessives)."""
    owned = {p.first - 1 for p in people if p.owner is not None}
    out: list[Person] = []
    for i in range(lo, hi + 1):
        norm = toks[i].norm
        if i in owned:
            continue
        after_place = i > 0 and toks[i - 1].norm in _PLACE
        if norm in rules.words["self_subject"] or (
            norm in rules.words["self_object"] and not after_place
        ):
            out.append(Person(i, i, word=norm, self_ref=True))
        elif (
            norm in rules.words["other_subject"] or norm in rules.words["other_object"]
        ):
            out.append(Person(i, i, word=norm, pronoun=True))
    return out


def _owner(toks: Sequence[Tok], i: int, rules: IntakeRules) -> str | None:
    """Whose the person is: "mijn" (self), "haar" (other), or nobody's."""
    if i > 0:
        before = toks[i - 1].norm
        if before in rules.words["possessive_speaker"]:
            return "self"
        if before in rules.words["possessive_other"]:
            return "other"
    if toks[i].norm in rules.words["own_without_possessive"]:
        return "self"
    if i + 2 < len(toks) and toks[i + 1].norm == "van":
        after = toks[i + 2].norm
        if after in {"mij", "me", "ons"}:
            return "self"
        if after in {"haar", "hem", "hen"}:
            return "other"
    return None


def _age_after(toks: Sequence[Tok], i: int, rules: IntakeRules) -> int | None:
    """The age said after a person: "zusje van 9", "moeder (82)", "baby van 8 mnd"."""
    window = toks[i + 1 : i + 4]
    for n, tok in enumerate(window):
        if tok.norm in {"van", "is", "(", "of", "die", "wordt"}:
            continue
        unit = window[n + 1].norm if n + 1 < len(window) else ""
        age = age_number(tok.norm, unit, rules)
        if age is None:
            return None
        if unit in {"maanden", "maand", "weken", "week", "months", "weeks"}:
            return 0
        return age if age < 120 else None
    return None


def age_number(norm: str, unit: str, rules: IntakeRules) -> int | None:
    """An age: a number, but "een" only as "een jaar" (else it is the article)."""
    if norm == "een" and unit not in {"jaar", "jarige", "maand", "maanden"}:
        return None
    return number(norm, rules)


def number(norm: str, rules: IntakeRules) -> int | None:
    """A whole number said in digits ("9", "9-jarige") or in letters ("negen")."""
    head = norm.split("-", 1)[0]
    if head.isdigit() and len(head) <= 3:
        return int(head)
    return rules.numbers.get(norm)


def _text(toks: Sequence[Tok], first: int, last: int) -> str:
    return " ".join(t.norm for t in toks[first : last + 1])
