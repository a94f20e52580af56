"""The intake read from whole Dutch chats: one row per phrasing that matters.

Real spaCy pipeline and danger assessor; no part of the intake is replaced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.intake import IntakeRulesError, load_rules, lookup
from bot.intake.evaluate import read_cases, score
from bot.intake.rules import parse_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "eval" / "intake_dev.jsonl"
DEV_TABLE = ROOT / "tests" / "data" / "intake_cases.jsonl"


@pytest.fixture(scope="module")
def reader(text_assessor):
    from bot.intake.service import load_intake_reader

    return load_intake_reader(text_assessor)


ROWS = [
    # (turns, {dotted field: expected})
    (
        ["ik ben 13", "mijn stiefvader slaat mijn moeder elke week"],
        {
            "speaker": "kind",
            "speaker_age": 13,
            "speaker_minor": True,
            "perpetrator.relation": "stiefouder",
            "victims": ["ouder"],
            "pattern.repeated": True,
            "structural_unsafety.signal": True,
            "children_in_household": True,
        },
    ),
    (
        ["de vriend van mijn moeder schopt mij als mama werkt", "ik ben 12"],
        {"speaker": "kind", "perpetrator.relation": "stiefouder", "victims": ["zelf"]},
    ),
    (
        ["mijn man heeft me gisteren geslagen", "de kinderen zijn 3 en 5"],
        {
            "speaker": "slachtoffer",
            "speaker_minor": False,
            "perpetrator.relation": "partner",
            "children_in_household": True,
            "children_ages": [3, 5],
            "victims": ["zelf"],
        },
    ),
    (
        [
            "hij is hier, mijn ex staat in de gang",
            "nee sorry hij is weg, ik hoor de auto",
        ],
        {"perpetrator.relation": "ex-partner", "perpetrator.present": False},
    ),
    (
        ["mijn vriend is weg naar zijn werk", "oh nee hij is er nu weer, hij is thuis"],
        {"perpetrator.present": True},
    ),
    (
        ["ik wil stoppen met slaan, ik word zo snel boos op mijn vrouw"],
        {"speaker": "pleger", "perpetrator.relation": "partner"},
    ),
    (
        ["ik heb mijn zoon van 6 een klap gegeven en ik schaam me kapot"],
        {"speaker": "pleger", "perpetrator.relation": "ouder", "children_ages": [6]},
    ),
    # A passive with the harm far from "ben": the victim, not the doer.
    (
        ["ik ben afgelopen zaterdag na het stappen verkracht, waar kan ik heen?"],
        {"speaker": "slachtoffer"},
    ),
    (["ik ben zo boos dat ik hem geslagen heb"], {"speaker": "pleger"}),
    # Hit back while being hit: the victim, never answered as the pleger.
    (
        ["mijn man wurgde me gisteren en toen heb ik hem geslagen"],
        {"speaker": "slachtoffer", "perpetrator.relation": "partner"},
    ),
    (
        [
            "mijn moeder van 82 wordt door mijn broer uitgehongerd",
            "ze krijgt bijna niks",
        ],
        {
            "speaker": "omstander",
            "perpetrator.relation": "kind",
            "victims": ["oudere"],
        },
    ),
    (
        ["ik ben huisarts", "een patiënte vertelt dat haar ex haar blijft stalken"],
        {"speaker": "professional", "perpetrator.relation": "ex-partner"},
    ),
    (
        [
            "mijn buurvrouw wordt al jaren geslagen door haar man",
            "ze hebben twee kleine kinderen",
        ],
        {
            "speaker": "omstander",
            "perpetrator.relation": "partner",
            "pattern.repeated": True,
            "children_in_household": True,
            "structural_unsafety.signal": True,
        },
    ),
    (
        ["ik ben juf in groep 5", "wat zijn de stappen van de meldcode?"],
        {"speaker": "professional", "structural_unsafety.signal": False},
    ),
    (
        ["mijn vriend sloeg me vorige week voor het eerst", "we hebben geen kinderen"],
        {
            "pattern.repeated": False,
            "children_in_household": False,
            "structural_unsafety.signal": False,
        },
    ),
    (
        ["het wordt steeds erger met mijn man, eerst schold hij nu slaat hij ook"],
        {"pattern.escalating": True, "structural_unsafety.signal": True},
    ),
    (
        ["hij heeft vorig jaar een huisverbod gehad en nu slaat hij me weer"],
        {"structural_unsafety.signal": True},
    ),
    (
        [
            "mijn vader slaat mijn broertje van 7",
            "ik ben 15",
            "ik ben nu bij mijn oma, ik ben veilig",
        ],
        {
            "speaker": "kind",
            "victims": ["broer_zus"],
            "children_ages": [7],
            "safe_now": True,
        },
    ),
    (
        [
            "mijn partner controleert mijn telefoon",
            "je mag me bellen na 9 uur als hij werkt",
        ],
        {"callback.consent": True},
    ),
    (
        ["hij checkt mijn telefoon, bel me alsjeblieft niet"],
        {"callback.consent": False},
    ),
]


@pytest.mark.parametrize(("turns", "expected"), ROWS, ids=[r[0][0][:40] for r in ROWS])
def test_intake_fields(reader, turns, expected):
    found = reader.read(turns).as_dict()
    for name, value in expected.items():
        got = lookup(found, name)
        if isinstance(value, list):
            assert sorted(got) == sorted(value), (name, found)
        else:
            assert got == value, (name, found)


def test_the_contract_has_exactly_its_keys(reader):
    intake = reader.read(["hallo"]).as_dict()
    assert set(intake) == {
        "speaker",
        "speaker_age",
        "speaker_minor",
        "language",
        "victims",
        "perpetrator",
        "children_in_household",
        "children_ages",
        "incidents",
        "pattern",
        "rihg",
        "structural_unsafety",
        "safe_now",
        "protective",
        "wishes",
        "callback",
        "advice_given",
        "level",
    }
    assert set(intake["perpetrator"]) == {"relation", "present"}
    assert set(intake["pattern"]) == {"repeated", "escalating", "since"}
    assert set(intake["rihg"]) == {"pleger", "incident", "context"}
    assert set(intake["callback"]) == {"consent", "safe_time"}
    assert intake["speaker"] == "onbekend"
    assert intake["structural_unsafety"] == {"signal": False, "reasons": []}
    json.dumps(intake)


def test_a_correction_keeps_the_older_fact_as_evidence(reader):
    turns = ["mijn man is thuis", "nee hij is weg"]
    intake = reader.read(turns)
    assert intake.perpetrator_present is False
    readings = intake.evidence()["present"]
    assert [r["value"] for r in readings] == [True, False]
    newest = readings[-1]
    assert newest["message"] == 1
    assert turns[1][newest["start"] : newest["end"]] == newest["quote"]


def test_an_incident_quotes_its_message_and_says_when(reader):
    turns = ["hallo", "gisteren kneep hij mijn keel dicht"]
    intake = reader.read(turns)
    strangling = [i for i in intake.incidents if i.code == "verwurging"]
    assert strangling, intake.incidents
    assert strangling[0].message == 1
    assert strangling[0].when == "recent"
    assert "keel" in strangling[0].quote
    assert "verwurging" in intake.rihg_incident


def test_a_bare_yes_answers_the_question_asked(reader):
    from bot.intake import IntakeExtractor

    extractor = IntakeExtractor(load_rules())
    turns = [reader.turn("mijn man slaat me"), reader.turn("ja", answer_to="children")]
    assert extractor.build(turns).children_in_household is True
    turns = [reader.turn("mijn man slaat me"), reader.turn("nee", answer_to="safe_now")]
    assert extractor.build(turns).safe_now is False


def test_advice_given_and_level_come_along(reader):
    from bot.intake import IntakeExtractor

    extractor = IntakeExtractor(load_rules())
    turns = [reader.turn("hij heeft een mes en staat nu voor de deur")]
    intake = extractor.build(turns, advice_given=["veiligheidsplan"])
    assert intake.level == "acuut"
    assert intake.advice_given == ("veiligheidsplan",)


def test_the_shared_development_set(reader):
    """The four chats of ../shared/eval: every intake field (level is danger's)."""
    if not SHARED_DEV.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    cases = read_cases(SHARED_DEV.read_text(encoding="utf-8").splitlines())
    for case in cases:
        case["expect"].pop("level", None)
    result = score(cases, reader.read)
    assert result.overall == 1.0, result.table()


def test_the_development_table_holds_its_scores(reader):
    """The 102 chats the rules were tuned on: a floor, not an estimate.

    These scores are optimistic (the rules were fitted to them); the honest
    figure is the held-out one in bench/results/. ``level`` is the danger
    assessment's and is measured with the danger sets.
    """
    cases = read_cases(DEV_TABLE.read_text(encoding="utf-8").splitlines())
    for case in cases:
        case["expect"].pop("level", None)
    result = score(cases, reader.read)
    assert result.overall >= 0.89, result.table()
    assert result.accuracy("speaker") >= 0.93, result.table()
    assert result.accuracy("children_in_household") >= 0.87, result.table()
    assert result.accuracy("structural_unsafety.signal") >= 0.93, result.table()


def test_broken_rules_are_refused_with_the_place():
    raw = {"people": {}}
    with pytest.raises(IntakeRulesError, match="missing"):
        parse_rules(raw)
    import yaml

    good = yaml.safe_load(
        (ROOT / "bot" / "intake" / "rules.yml").read_text(encoding="utf-8")
    )
    good["repeated"] = ["(elke ~1"]
    with pytest.raises(IntakeRulesError, match="repeated"):
        parse_rules(good)
    good["repeated"] = ["elke week"]
    good["people"]["partner"].append("buurman")
    with pytest.raises(IntakeRulesError, match="buurman"):
        parse_rules(good)
