"""The trained classifier beside the rules: it only raises, and says so."""

from __future__ import annotations

import pytest

from bot.danger import Assessment, Indicator, Level
from bot.danger.classifier import load_classifier
from tests.support.classifier import fix_probabilities


@pytest.fixture(scope="module")
def classifier():
    return load_classifier()


def test_it_never_lowers_an_acuut(classifier, monkeypatch):
    fix_probabilities(monkeypatch, geen=0.99, verhoogd=0.01)
    acute = Assessment(level=Level.ACUUT, indicators=(Indicator("wapen", 0, 3),))
    assert classifier.boost(acute, "mes") is acute


def test_a_rules_hoog_it_is_sure_is_harmless_becomes_geen(classifier, monkeypatch):
    """A game or a joke: the level drops, the evidence stays for the reviewer."""
    fix_probabilities(monkeypatch, geen=0.9, hoog=0.1)
    hoog = Assessment(
        level=Level.HOOG, indicators=(Indicator("doodsbedreiging", 3, 12),), now=True
    )
    lowered = classifier.boost(hoog, "we afgemaakt 5-0")
    assert lowered.level is Level.GEEN and not lowered.indicators
    assert lowered.lowered_by_model == 0.9
    assert [(x.code, x.start, x.reason) for x in lowered.suppressed] == [
        ("doodsbedreiging", 3, "context")
    ]
    assert lowered.as_dict()["lowered_by_model"] == 0.9


def test_a_rape_or_abused_child_is_never_read_away(classifier, monkeypatch):
    """Only joke-prone evidence (a threat, a knife, "ik wurg je") can be lowered."""
    fix_probabilities(monkeypatch, geen=0.95, hoog=0.05)
    for code in ("seksueel_geweld", "kindermishandeling", "letsel", "suicidaliteit"):
        hoog = Assessment(level=Level.HOOG, indicators=(Indicator(code, 8, 17),))
        assert classifier.boost(hoog, "...") is hoog


def test_child_abuse_read_from_a_joke_prone_harm_can_be_read_away(
    classifier, monkeypatch
):
    """ "mn zusje van 3 wurgt me met haar knuffels 😂": the strangling and the
    child abuse the rules derived from it go together; beside a rape they stay."""
    fix_probabilities(monkeypatch, geen=0.95, hoog=0.05)
    joke = Assessment(
        level=Level.HOOG,
        indicators=(
            Indicator("verwurging", 3, 8),
            Indicator("kindermishandeling", 3, 8),
        ),
    )
    assert classifier.boost(joke, "...").level is Level.GEEN
    rape = Assessment(
        level=Level.HOOG,
        indicators=(
            Indicator("fysiek_geweld", 3, 8),
            Indicator("kindermishandeling", 3, 8),
            Indicator("seksueel_geweld", 10, 18),
        ),
    )
    assert classifier.boost(rape, "...") is rape


def test_a_disclosure_with_a_question_stays_hoog(text_assessor):
    text = "ik ben vorige week na een feestje verkracht, waar kan ik heen?"
    assert text_assessor.assess(text).level is Level.HOOG


@pytest.mark.parametrize(
    ("level", "calm"),
    [(Level.HOOG, 0.6), (Level.VERHOOGD, 0.99)],  # unsure; or not a hoog
)
def test_an_unsure_or_lower_level_is_not_lowered(classifier, monkeypatch, level, calm):
    fix_probabilities(monkeypatch, geen=calm, verhoogd=1 - calm)
    assessment = Assessment(level=level, indicators=(Indicator("fysiek_geweld", 0, 4),))
    assert classifier.boost(assessment, "...") is assessment


@pytest.mark.parametrize(
    "text",
    ["ok", "ik snap het niet", "Oké, dank je!", "nee hij is weg nu", "ze slaapt nu"],
)
def test_a_short_follow_up_is_never_raised(classifier, monkeypatch, text):
    fix_probabilities(monkeypatch, acuut=0.99, geen=0.01)
    calm = Assessment(level=Level.GEEN)
    assert classifier.boost(calm, text) is calm
    # a plea is no follow-up: the same confidence raises it; nor is "he is
    # here now", nor a gone that comes back
    assert classifier.boost(calm, "help").level is Level.ACUUT
    assert classifier.boost(calm, "hij is er nu").level is Level.ACUUT
    assert classifier.boost(calm, "hij is weg maar komt zo terug").level is Level.ACUUT
    assert classifier.boost(calm, "hij is buiten nu").level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        "we hebben die club zaterdag afgemaakt, 6-1 😂",
        "mn zus zei ik wurg je als je nog 1x mijn oplader pakt 😂😂",
    ],
)
def test_games_and_jokes_in_new_wording_stay_geen(text_assessor, text):
    assert text_assessor.assess(text).level is Level.GEEN


def test_a_raise_is_recorded_with_its_confidence(classifier):
    calm = Assessment(level=Level.GEEN)
    raised = classifier.boost(
        calm, "hij knalt me neer, hij staat nu beneden met zn geweer"
    )
    assert raised.level is Level.ACUUT
    assert raised.raised_by_model is not None and raised.raised_by_model >= 0.4
    assert raised.as_dict()["raised_by_model"] == raised.raised_by_model


def test_greetings_and_procedural_questions_are_not_raised(classifier):
    for text in ("hallo", "wat is het afwegingskader", "bedankt voor je hulp"):
        calm = Assessment(level=Level.GEEN)
        assert classifier.boost(calm, text).level is Level.GEEN


@pytest.mark.parametrize(
    ("rules", "high", "raised"),
    [
        (Level.GEEN, 0.8, Level.HOOG),  # the rules saw nothing: fill the gap
        (Level.VERHOOGD, 0.8, Level.VERHOOGD),  # the rules judged the evidence
        (Level.VERHOOGD, 0.95, Level.HOOG),
    ],
)
def test_overruling_the_rules_verhoogd_needs_more_confidence(
    classifier, monkeypatch, rules, high, raised
):
    fix_probabilities(monkeypatch, acuut=0.05, hoog=high - 0.05, verhoogd=1 - high)
    slap = Indicator("fysiek_geweld", 0, 4) if rules is Level.VERHOOGD else None
    assessment = Assessment(level=rules, indicators=(slap,) if slap else ())
    assert classifier.boost(assessment, "...").level is raised


@pytest.mark.parametrize(
    "text",
    [
        "hij slaat me niet en heeft me nooit bedreigd",
        "stel dat een kind zegt dat het thuis geslagen wordt, wat doe ik dan?",
        "vroeger sloeg mijn vader me, nu gaat het goed en heb ik geen contact meer",
    ],
)
def test_what_the_rules_ruled_out_is_not_raised(text_assessor, text):
    result = text_assessor.assess(text)
    assert result.suppressed
    assert result.level is Level.GEEN and result.raised_by_model is None


@pytest.mark.parametrize(("geen", "level"), [(0.15, Level.VERHOOGD), (0.3, Level.GEEN)])
def test_verhoogd_where_the_rules_saw_nothing_needs_harmless_talk_unlikely(
    classifier, monkeypatch, geen, level
):
    fix_probabilities(monkeypatch, geen=geen, verhoogd=0.75 - geen, hoog=0.25)
    calm = Assessment(level=Level.GEEN)
    result = classifier.boost(calm, "...")
    assert result.level is level
    if level is Level.VERHOOGD:
        assert result.raised_by_model == pytest.approx(1 - geen)


@pytest.mark.parametrize(
    "text",
    [
        # Control and humiliation in words the lexicon does not list.
        "mijn vriend bepaalt welke kleren ik aan mag en wie ik zie",
        "mijn stiefmoeder lacht me altijd uit om mijn gewicht waar iedereen bij is",
        "mijn collega komt de laatste tijd stil en met lange mouwen naar het werk, "
        "haar man haalt haar altijd op",
    ],
)
def test_control_and_humiliation_in_new_words_are_verhoogd(
    text_assessor, rules_assessor, text
):
    assert rules_assessor.assess(text).level is Level.GEEN
    result = text_assessor.assess(text)
    assert result.level is Level.VERHOOGD and result.raised_by_model is not None


@pytest.mark.parametrize(
    "text",
    [
        "mijn buurman maait elke zondag om 8 uur zijn gras",
        "ik zoek informatie voor mijn werkstuk over opvoeding",
        "mijn moeder vindt dat ik te veel game en dat klopt eigenlijk wel",
    ],
)
def test_everyday_talk_is_not_raised_to_verhoogd(text_assessor, text):
    assert text_assessor.assess(text).level is Level.GEEN
