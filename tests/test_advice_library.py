"""The advice library: validated on load, one source for every advice text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.advice import AdviceLibraryError, load_library
from bot.advice.domain_sync import faq_domain, faq_keys
from tests.conftest import ROOT

ADVICE_DIR = ROOT / "data" / "advice"


@pytest.fixture(scope="module")
def library():
    return load_library(ADVICE_DIR)


def test_every_topic_the_issue_names_is_there(library):
    for topic in (
        "huisverbod",
        "meldcode",
        "afwegingskader",
        "meldrecht",
        "meldcode_beroepen",
        "na_melding",
        "anoniem_melden",
        "bereikbaarheid",
        "omstander_helpen",
        "pleger_hulp",
    ):
        assert library.for_topic(topic).text


@pytest.mark.parametrize(
    ("topic", "facts"),
    [
        (
            "huisverbod",
            ["burgemeester", "10 dagen", "28 dagen", "contact", "strafbaar"],
        ),
        ("meldcode", ["signalen", "collega", "gesprek", "wegen", "melden"]),
        ("afwegingskader", ["acute", "structurele", "melden"]),
        ("meldrecht", ["meldrecht", "meldplicht", "toestemming"]),
        ("na_melding", ["veiligheid", "5 werkdagen"]),
        ("bereikbaarheid", ["0800-2000", "gratis", "112"]),
    ],
)
def test_core_facts_are_in_the_texts(library, topic, facts):
    text = library.for_topic(topic).text.lower()
    for fact in facts:
        assert fact.lower() in text, fact


def test_audience_variant_replaces_the_default(library):
    assert library.for_topic("huisverbod", "professional").audience == "professional"
    assert library.for_topic("afwegingskader", "zelf").audience == "iedereen"
    with pytest.raises(KeyError):
        library.for_topic("no_such_topic")


def write(tmp_path: Path, name: str, content: str) -> Path:
    (tmp_path / name).write_text(content, "utf-8")
    return tmp_path


ENTRY = """
advice:
  - id: {id}
    version: 1
    topic: {topic}
    audience: iedereen
    text: Bel 0800-2000.
    source: Veilig Thuis
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("advice: [\n  - id: x\n", "invalid YAML"),
        (ENTRY.format(id="x", topic="t") + "    colour: red\n", "unknown keys"),
        (
            ENTRY.format(id="x", topic="t").replace("    source: Veilig Thuis\n", ""),
            "missing",
        ),
        (ENTRY.format(id="Bad Id", topic="t"), "id must match"),
        (ENTRY.format(id="x", topic="other"), "topic must equal the file name"),
        (ENTRY.format(id="x", topic="t").replace("iedereen", "buren"), "audience"),
        ("advice: []\n", "non-empty list"),
    ],
)
def test_invalid_files_give_a_clear_error(tmp_path, content, message):
    with pytest.raises(AdviceLibraryError, match=message):
        load_library(write(tmp_path, "t.yml", content))


def test_duplicate_ids_are_refused(tmp_path):
    write(tmp_path, "a.yml", ENTRY.format(id="same", topic="a"))
    write(tmp_path, "b.yml", ENTRY.format(id="same", topic="b"))
    with pytest.raises(AdviceLibraryError, match="duplicate advice id 'same'"):
        load_library(tmp_path)


def test_topic_without_default_is_refused(tmp_path):
    write(
        tmp_path, "a.yml", ENTRY.format(id="a", topic="a").replace("iedereen", "zelf")
    )
    with pytest.raises(AdviceLibraryError, match="no 'iedereen' entry"):
        load_library(tmp_path)


def test_generated_faq_domain_is_up_to_date(library):
    generated = faq_domain(library, faq_keys(ROOT / "data" / "nlu"))
    assert (ROOT / "data" / "domain" / "faq.yml").read_text("utf-8") == generated
    responses = yaml.safe_load(generated)["responses"]
    assert (
        responses["utter_faq/huisverbod"][0]["text"]
        == library.for_topic("huisverbod").text
    )


def test_every_faq_intent_has_a_library_topic(library):
    for key in faq_keys(ROOT / "data" / "nlu"):
        assert library.for_topic(key)
