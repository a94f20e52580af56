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


# The topics issue 14 names (with the huisverbod in depth and the professional ones).
ISSUE_TOPICS = (
    "seksueel_geweld",
    "aangifte",
    "slachtofferhulp",
    "advies_of_melding",
    "na_melding",
    "kinderen_afpakken",
    "opvang",
    "stalking_ex",
    "omgang_kinderen",
    "contactverbod",
    "digitaal_geweld",
    "sextortion",
    "psychisch_geweld",
    "suicidaliteit",
    "dreigen_met_zelfmoord",
    "financieel_misbruik",
    "huwelijksdwang",
    "eer",
    "achterlating",
    "loverboys_mensenhandel",
    "meisjesbesnijdenis",
    "kind_tegen_ouder",
    "mannelijke_slachtoffers",
    "lhbti_slachtoffers",
    "ouderen",
    "huisverbod_aanvragen",
    "huisverbod_verlenging",
    "huisverbod_bezwaar",
    "huisverbod_spullen",
    "huisverbod_uithuisgeplaatste",
    "huisverbod_overtreden",
    "meldcode_stap3",
    "onthulling_in_de_klas",
    "collega_verdacht",
    "informatieverzoek",
    "pleger_hulp",
)


def test_the_library_covers_the_issues_topics(library):
    assert len(library.topics) >= 45
    missing = [t for t in ISSUE_TOPICS if t not in library.topics]
    assert missing == []


def test_every_topic_records_dated_https_sources(library):
    for info in library.topic_info:
        assert info.sources, info.name
        for source in info.sources:
            assert source.url.startswith("https://"), (info.name, source.url)
            assert source.checked.year >= 2025, (info.name, source.url)


@pytest.mark.parametrize(
    ("topic", "audience", "facts"),
    [
        ("seksueel_geweld", "zelf", ["0800-0188", "7 dagen"]),
        ("aangifte", "iedereen", ["0900-8844", "112"]),
        ("suicidaliteit", "iedereen", ["113", "0800-0113"]),
        ("dreigen_met_zelfmoord", "iedereen", ["113"]),
        ("afwegingskader", "professional", ["vijf", "acute", "structurele"]),
        ("huisverbod", "iedereen", ["vermoeden", "10 dagen"]),
        ("uithuisplaatsing", "iedereen", ["kinderrechter"]),
        ("na_melding", "iedereen", ["in principe"]),
        ("loverboys_mensenhandel", "iedereen", ["fier", "comensha"]),
        ("huwelijksdwang", "iedereen", ["lkha"]),
        ("kindertelefoon", "kind", ["0800-0432", "11.00"]),
        ("collega_verdacht", "professional", ["vertrouwensinspecteur"]),
        ("opvang", "iedereen", ["opvang", "0800-2000"]),
        ("bereikbaarheid", "iedereen", ["0800-2000", "gratis", "112"]),
    ],
)
def test_core_facts_are_in_the_texts(library, topic, audience, facts):
    advice = library.for_topic(topic, audience)
    assert advice.audience == audience
    for fact in facts:
        assert fact in advice.text.lower(), (topic, fact)


def test_no_text_tells_a_professional_or_pleger_it_is_not_their_fault(library):
    for advice in library.entries:
        if advice.audience in {"professional", "pleger", "ander", "iedereen"}:
            assert "niet jouw schuld" not in advice.text.lower(), advice.id


def test_audience_variant_replaces_the_default(library):
    assert library.for_topic("huisverbod", "professional").audience == "professional"
    assert library.for_topic("afwegingskader", "zelf").audience == "iedereen"
    assert library.title("meldcode") != "meldcode"
    with pytest.raises(KeyError):
        library.for_topic("no_such_topic")


def write(tmp_path: Path, name: str, content: str) -> Path:
    (tmp_path / name).write_text(content, "utf-8")
    return tmp_path


ENTRY = """
topic: {topic}
title: Een onderwerp
sources:
  - url: https://veiligthuis.nl/
    checked: 2026-12-03
advice:
  - id: {id}
    version: 1
    audience: iedereen
    text: In direct gevaar? Bel 112. Veilig Thuis is er dag en nacht op 0800-2000.
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("advice: [\n  - id: x\n", "invalid YAML"),
        (ENTRY.format(id="x", topic="t") + "    colour: red\n", "unknown keys"),
        (ENTRY.format(id="x", topic="t").replace("    version: 1\n", ""), "missing"),
        (ENTRY.format(id="Bad Id", topic="t"), "id must match"),
        (ENTRY.format(id="x", topic="other"), "topic must equal the file name"),
        (ENTRY.format(id="x", topic="t").replace("iedereen", "buren"), "audience"),
        (ENTRY.format(id="x", topic="t").replace("https://", "http://"), "https"),
        (ENTRY.format(id="x", topic="t").replace("2026-12-03", "gisteren"), "date"),
        (ENTRY.format(id="x", topic="t").replace("Bel 112. ", ""), "must give 112"),
        (ENTRY.format(id="x", topic="t").replace("title: Een onderwerp\n", ""), "keys"),
        (
            ENTRY.format(id="x", topic="t").replace(
                "Bel 112.", "Bel 112. Het is niet jouw schuld."
            ),
            "niet jouw schuld",
        ),
        (
            ENTRY.format(id="x", topic="t").replace(
                "Bel 112.", "Bel 112. Wis daarna je browsergeschiedenis."
            ),
            "browser history",
        ),
        (
            ENTRY.format(id="x", topic="t").replace("advice:\n", "advice: []\nx:\n"),
            "top-level keys",
        ),
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


def test_the_check_command_names_the_bad_file(tmp_path, capsys):
    from bot.advice.check import main

    good = write(tmp_path, "t.yml", ENTRY.format(id="x", topic="t")) / "t.yml"
    assert main([str(good)]) == 0
    bad = tmp_path / "u.yml"
    bad.write_text(ENTRY.format(id="y", topic="u").replace("Bel 112. ", ""), "utf-8")
    assert main([str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "OK   " in out and "FAIL" in out and "u.yml" in out and "112" in out
