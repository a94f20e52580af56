"""Who gets which advice text: the person the chat text shows, on the real library.

Issue 14's worst answers were texts for the wrong person: a teacher told "het is
niet jouw schuld", a pleger given the victim's safety plan. These run the real
library through the choice the advice actions make.
"""

from __future__ import annotations

import pytest

from bot.advice import load_library
from bot.advice.choose import (
    choose_advice,
    choose_audience,
    family_topic,
    speaker_topic,
)
from bot.advice.rules import KINDERTELEFOON
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def library():
    return load_library(ROOT / "data" / "advice")


@pytest.mark.parametrize(
    ("speaker", "slot", "topic", "expected"),
    [
        ("professional", "zelf", "meldcode", "professional"),
        ("kind", None, "veiligheid_zelf", "kind"),
        ("onbekend", "ander", "huisverbod", "ander"),
        ("onbekend", None, "omstander_helpen", "ander"),
        (None, None, "meldcode", None),
        ("slachtoffer", "zelf", "pleger_hulp", "pleger"),
    ],
    ids=[
        "the text beats a button pressed at random",
        "a child is a child whatever the intent",
        "unknown speaker: the button",
        "nothing said: the topic's own audience",
        "nothing known: no audience",
        "asking for help to stop is the pleger's topic",
    ],
)
def test_audience(speaker, slot, topic, expected):
    assert choose_audience(speaker, slot, topic) == expected


def test_a_pleger_never_gets_the_victims_safety_text(library):
    choice = choose_advice(library, "veiligheid_zelf", "pleger")
    assert choice.advice.topic == "pleger_hulp"
    assert choice.advice.audience == "pleger"
    assert "niet jouw schuld" not in choice.text.lower()
    assert "niet jouw schuld" in library.for_topic("veiligheid_zelf", "zelf").text


def test_a_professional_gets_procedure_without_comfort(library):
    choice = choose_advice(library, "meldcode", "professional")
    assert choice.advice.audience == "professional"
    assert "niet jouw schuld" not in choice.text.lower()


def test_a_child_without_a_child_text_still_gets_the_kindertelefoon(library):
    assert not library.has_audience("afwegingskader", "kind")
    choice = choose_advice(library, "afwegingskader", "kind")
    assert choice.advice.audience == "iedereen"
    assert KINDERTELEFOON in choice.text and "112" in choice.text


def test_a_child_text_is_sent_as_written(library):
    choice = choose_advice(library, "veiligheid_zelf", "kind")
    assert choice.advice.audience == "kind"
    assert choice.text == choice.advice.text


def test_unknown_topic_raises(library):
    with pytest.raises(KeyError):
        choose_advice(library, "bestaat_niet", "zelf")


def test_a_minor_is_a_child_even_when_the_speaker_is_unclear():
    assert choose_audience("onbekend", None, "huisverbod", minor=True) == "kind"
    assert choose_audience("professional", None, "meldcode", minor=True) == (
        "professional"
    )


def test_an_unsure_choice_between_parts_of_one_topic_answers_the_general_one(
    library,
):
    topics = library.topics
    assert family_topic(["huisverbod_verlenging", "huisverbod"], topics) == (
        "huisverbod"
    )
    assert family_topic(["huisverbod_spullen", "huisverbod_bezwaar"], topics) == (
        "huisverbod"
    )
    assert family_topic(["huisverbod", "opvang"], topics) is None
    assert family_topic(["meldrecht", "meldcode"], topics) is None
    assert family_topic(["huisverbod"], topics) is None


def test_an_unsure_choice_takes_the_topic_written_for_who_writes():
    unsure = ["meldrecht", "pleger_hulp", "meldcode"]
    assert speaker_topic(unsure, "pleger") == "pleger_hulp"
    # Anyone else, or a pleger whose candidates hold no pleger topic, gets
    # the buttons.
    assert speaker_topic(unsure, "slachtoffer") is None
    assert speaker_topic(unsure, "onbekend") is None
    assert speaker_topic(unsure, None) is None
    assert speaker_topic(["huisverbod", "opvang"], "pleger") is None
