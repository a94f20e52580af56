"""The trained classifier beside the rules: it only raises, and says so."""

from __future__ import annotations

import pytest

from bot.danger import Assessment, Indicator, Level
from bot.danger.classifier import LevelClassifier, load_classifier


@pytest.fixture(scope="module")
def classifier():
    return load_classifier()


def test_probabilities_match_the_pipeline(classifier):
    text = "hij heeft een mes en komt eraan"
    direct = classifier.probabilities(text)
    reference = classifier.pipeline.predict_proba([text])[0]
    for level, p in zip(classifier.classes, reference, strict=True):
        assert direct[level] == pytest.approx(p)
    assert sum(direct.values()) == pytest.approx(1.0)


def test_it_never_lowers_the_rules_level(classifier):
    acute = Assessment(level=Level.ACUUT)
    assert classifier.boost(acute, "goedemorgen, hoe gaat het") is acute


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
    probs = {"acuut": 0.05, "hoog": high - 0.05, "verhoogd": 1 - high, "geen": 0.0}
    monkeypatch.setattr(LevelClassifier, "probabilities", lambda self, text: probs)
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
