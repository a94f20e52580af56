"""The danger lexicon: its pattern language, and clear errors for broken edits."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from bot.danger.lexicon import LexiconError, load_lexicon, parse_lexicon
from bot.danger.patterns import (
    PatternError,
    PatternList,
    Tok,
    as_tokens,
    compile_pattern,
)
from tests.conftest import ROOT
from tests.support.lexicon import pattern_lists

LEXICON = ROOT / "bot" / "danger" / "lexicon.yml"


def toks(text: str, sentence_break: int | None = None) -> list[Tok]:
    out, pos = [], 0
    for i, word in enumerate(text.split()):
        sent = 1 if sentence_break is not None and i >= sentence_break else 0
        out.append(
            Tok(norm=word, lemma=word, start=pos, end=pos + len(word), sent=sent)
        )
        pos += len(word) + 1
    return out


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("sla|slaat|sloeg", "hij sloeg me", [(1, 1)]),
        ("keel ~3 dicht", "hij kneep mijn keel heel hard dicht", [(3, 6)]),
        ("keel ~1 dicht", "mijn keel heel hard dicht", []),
        ("staat (voor de deur|bij het raam)", "hij staat bij het raam", [(1, 4)]),
        ("(niet)? slaan", "slaan", [(0, 0)]),
        ("pak slaag|afgeranseld", "hij heeft me afgeranseld", [(3, 3)]),
    ],
)
def test_pattern_language(pattern, text, found):
    assert compile_pattern(pattern).find(as_tokens(toks(text))) == found


def test_matches_never_cross_a_sentence():
    pattern = compile_pattern("keel ~3 dicht")
    assert pattern.find(as_tokens(toks("zijn keel . dicht", sentence_break=2))) == []


@pytest.mark.parametrize("bad", ["~ slaan", "slaan ~", "(open", "sla(", "~x slaan"])
def test_broken_patterns_are_refused(bad):
    with pytest.raises(PatternError):
        compile_pattern(bad)


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(LEXICON.read_text("utf-8"))


def test_the_packaged_lexicon_loads_and_labels_every_code(raw):
    lexicon = load_lexicon()
    assert lexicon.label("verwurging") == "Verwurging"
    assert set(raw["indicators"]) <= set(lexicon.indicators)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda r: r.update(colour="red"), "unknown keys"),
        (
            lambda r: r["indicators"].update(kicking=r["indicators"]["wapen"]),
            "unknown indicator",
        ),
        (
            lambda r: r["indicators"]["wapen"]["patterns"].append("mes("),
            "indicators.wapen",
        ),
        (
            lambda r: r["indicators"]["wapen"].update(level="acuut"),
            "only 'now' markers",
        ),
        (lambda r: r["indicators"]["wapen"].pop("label"), "missing keys"),
        (lambda r: r["indicators"]["letsel"].update(mild=["("]), "indicators.letsel"),
        (
            lambda r: r["code_exclusions"].update(kicking=["slaan"]),
            "unknown indicator codes",
        ),
        (lambda r: r["combinations"][0].update(often=True), "unknown keys"),
    ],
)
def test_broken_edits_give_a_clear_error(raw, edit, message):
    broken = copy.deepcopy(raw)
    edit(broken)
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(broken)


def test_optional_sections_may_be_left_out(raw):
    bare = copy.deepcopy(raw)
    for key in ("code_exclusions", "exclusion_blockers"):
        bare.pop(key)
    for spec in bare["indicators"].values():
        spec.pop("mild", None)
        spec.pop("severe", None)
    lexicon = parse_lexicon(bare)
    assert lexicon.code_exclusions == {} and lexicon.exclusion_blockers == ()
    assert all(spec.mild == spec.severe == () for spec in lexicon.indicators.values())


def test_invalid_yaml_is_a_clear_error(tmp_path):
    path = tmp_path / "lexicon.yml"
    path.write_text("indicators: [\n  - oops\n", "utf-8")
    with pytest.raises(LexiconError, match="invalid YAML"):
        load_lexicon(path)


def test_a_key_given_twice_is_a_clear_error_not_a_silent_loss(tmp_path):
    """YAML keeps the last of two equal keys; the lexicon refuses the file."""
    from importlib import resources

    text = resources.files("bot.danger").joinpath("lexicon.yml").read_text("utf-8")
    twice = text.replace(
        "code_exclusions:\n",
        'code_exclusions:\n  opsluiting:\n    - "x"\n',
        1,
    )
    path = tmp_path / "lexicon.yml"
    path.write_text(twice, "utf-8")
    with pytest.raises(LexiconError, match=r"(?s)invalid YAML.*'opsluiting' twice"):
        load_lexicon(path)


@pytest.mark.parametrize("language", ["nl", "en", "tr", "pl", "ar", "uk"])
def test_the_key_index_finds_what_trying_every_pattern_finds(nlp, language):
    """The index only skips work: on real messages, every list finds the same spans.

    Dutch messages of the first fresh sets through the Dutch pipeline (lemmas,
    prefixes and alternatives all exercised); the other languages' messages of
    the first multilingual set through their blank tokenizer, as the chat reads
    them.
    """
    from bot.danger.assess import tokens_of
    from bot.danger.foreign import load_foreign_assessor

    if language == "nl":
        lexicon, tokenizer = load_lexicon(), nlp
        names = ("danger_fresh_r1.jsonl", "danger_fresh_r2.jsonl")
    else:
        foreign = load_foreign_assessor(language)
        lexicon, tokenizer = foreign.assessor.lexicon, foreign.nlp
        names = ("multilingual_fresh.jsonl", "multilingual_fresh_r2.jsonl")
    rows = [
        json.loads(line)
        for name in names
        for line in (ROOT / "tests" / "heldout" / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
    # Sixty messages a language: enough to meet every kind of step, and the
    # reference (every pattern tried) is slow by design.
    texts = [r["text"] for r in rows if r.get("lang", "nl") == language][:60]
    assert len(texts) >= 30
    found_any = 0
    for text in texts:
        message = as_tokens(tokens_of(tokenizer(text)))
        for name, patterns in pattern_lists(lexicon):
            assert isinstance(patterns, PatternList), name
            every = sorted(s for p in patterns for s in p.find(message))
            assert patterns.matches(message) == every, (name, text)
            found_any += bool(every)
    assert found_any > len(texts)  # the lists did match: the check compared spans


def test_a_line_of_alternatives_keeps_its_order_under_the_index():
    # The index leaves out "slaat ~2 hard" (no "slaat" here); of the two left,
    # the line's own order still decides which match starts at "zit".
    line = compile_pattern("slaat ~2 hard|zit ~2 vast|zit ~1 hier")
    patterns = PatternList([line])
    message = as_tokens(toks("hij zit hier vast nu"))
    assert patterns.matches(message) == line.find(message) == [(1, 3)]
    assert patterns.matches(as_tokens(toks("hij zit hier"))) == [(1, 2)]
    assert patterns.matches(as_tokens(toks("niets hier"))) == []
