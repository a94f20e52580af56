"""The writer's language: detection, the conversation's language, catalogues, replies.

A Turkish cry for help must be answered in Turkish with 112 first; a Dutch "ok"
must never move a Dutch conversation into another language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from bot.danger import Assessment, Indicator, Level
from bot.danger.patterns import normalise
from bot.language import LanguageDetector, conversation_language
from bot.language.catalogue import (
    BASIC_ANSWERS,
    CatalogueError,
    interpreter_note,
    load_catalogue,
    load_catalogues,
    page_texts_json,
    response_language,
)
from bot.language.detect import SERVED
from bot.language.domain_sync import languages_domain
from bot.safety import ACTION_ESCALATE, ACTION_LISTEN, Turn, next_safety_action

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "bot" / "i18n"
FOREIGN = [lang for lang in SERVED if lang != "nl"]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


# -- detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "ja",
        "nee",
        "hallo",
        "hoi",
        "help",
        "hij slaat me",
        "ik snap het niet",
        "oké dank je",
        "mijn man is so aggressive",
        "mn vriend is echt toxic, hij checkt al mijn apps",
        "ja hij is er nu",
        "thanks, ik bel morgen",
        "dat was alles, fijne avond nog",
        "sorry was ff weg",
        "i'm so done met hem",
    ],
)
def test_short_and_mixed_dutch_never_switches(detector, text):
    assert detector.detect(text) in (None, "nl")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my husband is hitting me right now please help", "en"),
        ("kocam şu an beni dövüyor yardım edin", "tr"),
        ("yardım edin", "tr"),
        ("mój mąż mnie bije, boję się wrócić do domu", "pl"),
        ("زوجي يضربني الآن ساعدوني", "ar"),
        ("чоловік б'є мене зараз, допоможіть", "uk"),
    ],
)
def test_other_languages_are_recognised(detector, text, language):
    assert detector.detect(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "zawji kaydrebni daba 3afak 3awnouni",
        "7abibi howa bgha y9tolni",
        "jozi 3am yedrebni w ana khayfe ktir",
    ],
)
def test_arabic_typed_in_latin_letters_is_arabic(detector, text):
    assert detector.detect(text) == "ar"


@pytest.mark.parametrize(
    "text",
    [
        "kocam beni dovuyo yardim edin",
        "annem bagiriyo, babam eve gelince kapiyi kilitliyo",
        "tamam tesekkurler",
    ],
)
def test_turkish_typed_without_its_letters_is_turkish(detector, text):
    assert detector.detect(text) == "tr"


@pytest.mark.parametrize(
    "text",
    ["mi ta bang, mn ex blijft staan", "selam", "ben je daar", "o nee hij komt"],
)
def test_dutch_and_papiamento_words_are_not_turkish(detector, text):
    assert detector.detect(text) != "tr"


@pytest.mark.parametrize(
    "text",
    [
        "ik heb een ps5 en fifa23 gekocht",
        "de 3e keer dat hij me slaat",
        "2day was gr8, w8 for me",
        "he hit me 3 times last week",
        "wallah mn broer slaat me",
    ],
)
def test_digits_in_dutch_or_english_are_not_arabizi(detector, text):
    assert detector.detect(text) != "ar"


def test_dutch_test_sets_hardly_ever_switch(detector):
    """Of the Dutch sets' messages none reads as Turkish, Polish, Arabic or
    Ukrainian; those read as English have no more than one Dutch word (they are
    the English messages the sets hold on purpose)."""
    dutch_words = {"ik", "hij", "zij", "het", "een", "niet", "mijn", "wat", "naar"}
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("danger_*.jsonl")):
        texts += [
            json.loads(line)["text"]
            for line in path.read_text("utf-8").splitlines()
            if line.strip()
        ]
    switched = {t: detector.detect(t) for t in texts}
    others = [t for t, lang in switched.items() if lang not in (None, "nl", "en")]
    assert others == []
    english = [t for t, lang in switched.items() if lang == "en"]
    mixed = [
        t
        for t in english
        if len(set(re.findall(r"[a-z]+", t.lower())) & dutch_words) > 1
    ]
    assert len(mixed) <= 0.005 * len(texts), mixed


def test_the_conversation_follows_its_recent_messages_not_one():
    assert conversation_language([]) == "nl"
    assert conversation_language([None, None]) == "nl"
    # The first clear message decides a new conversation.
    assert conversation_language([None, "tr"]) == "tr"
    # One English sentence in a Dutch chat does not switch it; two do.
    assert conversation_language(["nl", "nl", "en"]) == "nl"
    assert conversation_language(["nl", "en", "en"]) == "en"
    # Short replies ("ok", "ja") say nothing and keep the language.
    assert conversation_language(["tr", None, None, None]) == "tr"


# -- catalogues ------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogues():
    return load_catalogues()


def test_every_language_has_every_text(catalogues):
    dutch = catalogues["nl"]
    assert set(catalogues) == set(SERVED)
    for cat in catalogues.values():
        assert set(cat.responses) == set(dutch.responses)
        assert set(cat.page) == set(dutch.page)
        assert set(cat.keywords) == set(BASIC_ANSWERS)


def test_acute_texts_say_112_first_and_high_texts_give_0800_2000(catalogues):
    for lang, cat in catalogues.items():
        acute = cat.responses["danger_acute"]
        assert "112" in acute, lang
        assert "0800" not in acute.split("112")[0], lang
        for key in ("danger_high", "danger_high_other", "danger_high_pleger"):
            assert "0800-2000" in cat.responses[key], (lang, key)
        for key in ("escalated_acute", "closed_acute"):
            assert "112" in cat.responses[key], (lang, key)
        assert "112" in cat.page["call_112"] and "0800-2000" in cat.page["call_vt"]


def test_the_other_languages_offer_an_interpreter_on_0800_2000(catalogues):
    """Every high reply in another language says an interpreter can be asked for:
    it holds one of that language's own interpreter keywords."""
    for lang in FOREIGN:
        cat = catalogues[lang]
        for key in (
            "danger_high",
            "danger_high_other",
            "danger_high_pleger",
            "welcome",
        ):
            words = [normalise(w) for w in re.findall(r"[^\W_]+", cat.responses[key])]
            stems = [p[0] for p in cat.keywords["interpreter"] if len(p) == 1]
            assert any(
                w.startswith(s[:-1]) if s.endswith("*") else w == s
                for w in words
                for s in stems
            ), (lang, key)


def test_arabic_is_right_to_left(catalogues):
    assert catalogues["ar"].direction == "rtl"
    assert all(catalogues[lang].direction == "ltr" for lang in SERVED if lang != "ar")


def test_a_missing_text_or_broken_yaml_is_a_clear_error(tmp_path):
    for lang in ("nl", "tr"):
        (tmp_path / f"{lang}.yml").write_text((I18N / f"{lang}.yml").read_text("utf-8"))
    raw = yaml.safe_load((tmp_path / "tr.yml").read_text("utf-8"))
    del raw["responses"]["danger_acute"]
    (tmp_path / "tr.yml").write_text(yaml.safe_dump(raw, allow_unicode=True))
    with pytest.raises(
        CatalogueError, match=r"tr.yml.responses: missing keys \['danger_acute'\]"
    ):
        load_catalogue("tr", tmp_path)
    (tmp_path / "tr.yml").write_text("responses: [unclosed")
    with pytest.raises(CatalogueError, match=r"tr\.yml: invalid YAML"):
        load_catalogue("tr", tmp_path)
    with pytest.raises(CatalogueError, match=r"pl\.yml: cannot read"):
        load_catalogue("pl", tmp_path)


def test_keywords_pick_the_basic_answer(catalogues):
    nl = catalogues["nl"]
    assert nl.basic_answer("wat is een huisverbod precies") == "huisverbod"
    assert nl.basic_answer("kan ik een tolk krijgen") == "interpreter"
    assert nl.basic_answer("is het gratis") == "free_anonymous"
    assert nl.basic_answer("hallo") is None
    assert catalogues["tr"].basic_answer("huisverbod nedir") == "huisverbod"


def test_the_generated_domain_holds_every_text(catalogues):
    generated = languages_domain(catalogues.values())
    assert (ROOT / "data" / "domain" / "languages.yml").read_text("utf-8") == generated
    responses = yaml.safe_load(generated)["responses"]
    assert (
        responses["utter_danger_acute_tr"][0]["text"]
        == (catalogues["tr"].responses["danger_acute"])
    )
    assert response_language("utter_danger_acute_tr") == "tr"
    assert response_language("utter_danger_acute") == "nl"
    assert response_language(None) is None


def test_page_texts_cannot_break_out_of_the_page(catalogues):
    text = page_texts_json(catalogues)
    assert "<" not in text and ">" not in text
    data = json.loads(text)
    assert data["ar"]["dir"] == "rtl" and data["nl"]["quick_exit"] == "Snel weg"


def test_the_worker_reads_which_interpreter_is_needed():
    assert interpreter_note("tr") == "Turks: tolk nodig"
    assert interpreter_note("nl") is None


# -- the turn in another language ------------------------------------------------

ACUTE = Assessment(
    level=Level.ACUUT, indicators=(Indicator("acuut_nu", 0, 2),), now=True
)
HIGH = Assessment(level=Level.HOOG, indicators=(Indicator("verwurging", 0, 4),))
SIGNS = Assessment(
    level=Level.VERHOOGD, indicators=(Indicator("psychisch_geweld", 0, 4),)
)
CALM = Assessment(level=Level.GEEN)


def run(turns: list[Turn]) -> list[str]:
    """The actions the policy predicts until it listens."""
    done: list[str] = []
    for _ in range(6):
        action = next_safety_action([*turns, *(Turn(action=a) for a in done)])
        if action is None:
            break
        done.append(action)
        if action == ACTION_LISTEN:
            break
    return done


def test_acute_turkish_gets_112_in_turkish_then_escalation():
    turns = [Turn(assessment=ACUTE, intent="nlu_fallback", language="tr")]
    assert run(turns) == ["utter_danger_acute_tr", ACTION_ESCALATE, ACTION_LISTEN]


def test_high_for_someone_else_in_polish_uses_the_bystander_text():
    other = Assessment(
        level=Level.HOOG, indicators=HIGH.indicators, speaker="omstander"
    )
    turns = [Turn(assessment=other, intent="faq", language="pl")]
    assert run(turns)[:2] == ["utter_danger_high_other_pl", ACTION_ESCALATE]


def test_signs_and_questions_get_the_catalogue_answers():
    assert run([Turn(assessment=SIGNS, language="ar")]) == [
        "utter_danger_raised_ar",
        ACTION_LISTEN,
    ]
    asked = Turn(assessment=CALM, language="uk", basic_answer="huisverbod")
    assert run([asked]) == ["utter_huisverbod_uk", ACTION_LISTEN]
    assert run([Turn(assessment=CALM, language="en")]) == [
        "utter_welcome_en",
        ACTION_LISTEN,
    ]


def test_a_short_reply_keeps_the_conversation_in_its_language():
    turns = [
        Turn(assessment=HIGH, language="tr"),
        Turn(action="utter_danger_high_tr"),
        Turn(action=ACTION_ESCALATE),
        Turn(action=ACTION_LISTEN),
        Turn(assessment=CALM, language=None),
    ]
    assert run(turns) == ["utter_welcome_tr", ACTION_LISTEN]


def test_dutch_conversations_are_unchanged():
    turns = [Turn(assessment=ACUTE, intent="nlu_fallback", language="nl")]
    assert run(turns)[0] == "utter_danger_acute"
