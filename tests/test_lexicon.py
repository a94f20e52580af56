"""The danger lexicon: its pattern language, and clear errors for broken edits."""

from __future__ import annotations

import copy

import pytest
import yaml

from bot.danger.lexicon import LexiconError, load_lexicon, parse_lexicon
from bot.danger.patterns import PatternError, Tok, as_tokens, compile_pattern
from tests.conftest import ROOT

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
