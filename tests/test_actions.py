"""Custom actions run directly with rasa-sdk's Tracker and dispatcher, real storage."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.advice import ActionGiveAdvice, topic_of, unsure_topics
from actions.danger import ActionDangerAdvice, ActionSpecificHelp, advice_topic
from actions.escalation import ActionEscalate, ActionRequestHuman
from actions.opening import ActionIntroduce
from bot.danger import Assessment, Indicator, Level
from bot.staff import StaffAccounts, StaffSessions
from bot.staff.accounts import StaffUser
from bot.store import HandoffStore
from bot.store.review import AdviceRecords
from bot.worker_hours import DAYS
from tests.conftest import ROOT

CACHES = (context.settings, context.library, context._handoffs, context._database)


@pytest.fixture(autouse=True)
def action_settings(tmp_path, monkeypatch):
    for key in list(__import__("os").environ):
        if key.startswith("VT_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("VT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("VT_ADVICE_DIR", str(ROOT / "data" / "advice"))
    for cached in CACHES:
        cached.cache_clear()
    yield
    for cached in CACHES:
        cached.cache_clear()


def tracker(
    intent: str = "faq",
    danger: list[Assessment] | None = None,
    slots: dict | None = None,
    selector_key: str | None = None,
    language: str | None = None,
) -> Tracker:
    events = []
    latest: dict = {}
    for assessment in danger or [Assessment(level=Level.GEEN)]:
        latest = {
            "intent": {"name": intent},
            "text": "x",
            "danger": assessment.as_dict(),
            "language": language,
        }
        if selector_key:
            latest["response_selector"] = {
                "faq": {"response": {"intent_response_key": selector_key}}
            }
        events.append({"event": "user", "text": "x", "parse_data": latest})
    return Tracker(
        "conv-1", slots or {}, latest, events, False, None, {}, "action_listen"
    )


async def run(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, t, {})
    return dispatcher.messages, events


def test_topic_from_intent_button_or_response_selector():
    assert topic_of({"intent": {"name": "faq/meldcode"}}) == "meldcode"
    selected = {"faq": {"response": {"intent_response_key": "faq/huisverbod"}}}
    assert topic_of({"intent": {"name": "faq"}, "response_selector": selected}) == (
        "huisverbod"
    )
    assert topic_of({"intent": {"name": "greet"}}) is None

    # A pressed topic button: Rasa reads "/faq/meldcode" as "faq" and lets the
    # selector guess from the payload text; the button's own topic counts.
    pressed = {
        "text": "/faq/meldcode",
        "intent": {"name": "faq"},
        "response_selector": {
            "faq": {
                "response": {
                    "intent_response_key": "faq/meldcode_beroepen",
                    "confidence": 0.1,
                }
            }
        },
    }
    assert topic_of(pressed) == "meldcode"
    assert unsure_topics(pressed, ["meldcode", "meldcode_beroepen"]) == []


async def test_advice_is_tailored_to_the_audience():
    messages, _ = await run(
        ActionGiveAdvice(),
        tracker(selector_key="faq/huisverbod", slots={"audience": "professional"}),
    )
    expected = context.library().for_topic("huisverbod", "professional")
    assert messages[0]["text"] == expected.text
    assert messages[0]["advice_id"] == "huisverbod_professional"


async def test_unsure_response_selector_asks_which_topic():
    t = tracker(selector_key="faq/pleger_hulp")
    t.latest_message["response_selector"]["faq"]["response"]["confidence"] = 0.2
    t.latest_message["response_selector"]["faq"]["ranking"] = [
        {"intent_response_key": "faq/pleger_hulp", "confidence": 0.2},
        {"intent_response_key": "faq/meldrecht", "confidence": 0.19},
        {"intent_response_key": "faq/meldcode", "confidence": 0.1},
        {"intent_response_key": "faq/signalen", "confidence": 0.05},
    ]
    messages, _ = await run(ActionGiveAdvice(), t)
    assert messages[0]["response"] == "utter_which_topic"
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        "/faq/pleger_hulp",
        "/faq/meldrecht",
        "/faq/meldcode",
    ]


async def test_unsure_selector_gives_a_pleger_the_help_to_stop_not_buttons(nlp):
    # The intake reads who writes from the text; a pleger asking to stop gets
    # the help to stop even when the selector could not choose between topics.
    from bot.conversation import pack_tokens
    from bot.danger.assess import tokens_of

    text = "ik word zo snel kwaad op mijn vriendin, ik wil daarmee stoppen"
    t = tracker(selector_key="faq/meldrecht")
    t.latest_message["text"] = text
    t.latest_message["tokens"] = pack_tokens(tokens_of(nlp(text)))
    t.events[-1]["text"] = text
    t.latest_message["response_selector"]["faq"]["response"]["confidence"] = 0.2
    t.latest_message["response_selector"]["faq"]["ranking"] = [
        {"intent_response_key": "faq/meldrecht", "confidence": 0.2},
        {"intent_response_key": "faq/pleger_hulp", "confidence": 0.19},
        {"intent_response_key": "faq/meldcode", "confidence": 0.1},
    ]
    messages, _ = await run(ActionGiveAdvice(), t)
    assert "buttons" not in messages[0] or not messages[0]["buttons"]
    assert messages[0]["advice_id"].startswith("pleger_hulp")
    assert "stoppen" in messages[0]["text"]


async def test_unknown_topic_gets_the_not_understood_reply():
    messages, _ = await run(ActionGiveAdvice(), tracker(selector_key="faq/nonsense"))
    assert messages[0]["response"] == "utter_default"


@pytest.mark.parametrize(
    ("codes", "victim", "speaker", "topic"),
    [
        (("eergerelateerd", "psychisch_geweld"), "zelf", "slachtoffer", "eer"),
        (("verwaarlozing",), "kind", "omstander", "kind_onveilig"),
        (("ouderenmishandeling",), "oudere", "omstander", "ouderen"),
        (("psychisch_geweld",), "ander", "omstander", "omstander_helpen"),
        (("dwingende_controle",), "zelf", "slachtoffer", "veiligheid_zelf"),
        (("fysiek_geweld",), "onbekend", "pleger", "pleger_hulp"),
    ],
)
def test_danger_advice_topic(codes, victim, speaker, topic):
    assert advice_topic(codes, victim, speaker) == topic


def test_the_question_asked_comes_before_general_safety_advice():
    # "hoe doe ik aangifte, hij heeft me geslagen": the aangifte answer.
    assert advice_topic(("fysiek_geweld",), "zelf", "slachtoffer", "aangifte") == (
        "aangifte"
    )
    # Help of its own (the Centrum Seksueel Geweld) still comes first.
    assert (
        advice_topic(("seksueel_geweld",), "zelf", "slachtoffer", "aangifte")
        == "seksueel_geweld"
    )


async def test_signs_with_a_question_get_the_answer_and_the_offer():
    signs = Assessment(
        level=Level.VERHOOGD, indicators=(Indicator("fysiek_geweld", 0, 3),)
    )
    messages, _ = await run(
        ActionDangerAdvice(), tracker(danger=[signs], selector_key="faq/aangifte")
    )
    assert messages[0]["advice_id"] == "aangifte"  # who writes is not known here
    assert messages[1]["response"] in {"utter_offer_worker", "utter_offer_worker_later"}
    # Not a question (the model still ranks a topic): the general advice.
    messages, _ = await run(
        ActionDangerAdvice(),
        tracker(intent="inform", danger=[signs], selector_key="faq/aangifte"),
    )
    assert (
        messages[0]["text"]
        == context.library().for_topic("veiligheid_zelf", "zelf").text
    )


async def test_danger_advice_offers_a_worker(monkeypatch):
    signs = Assessment(
        level=Level.VERHOOGD, indicators=(Indicator("dwingende_controle", 0, 3),)
    )
    nobody, _ = await run(ActionDangerAdvice(), tracker(danger=[signs]))
    assert nobody[1]["response"] == "utter_offer_worker_later"
    worker_on_duty(monkeypatch)
    messages, events = await run(ActionDangerAdvice(), tracker(danger=[signs]))
    assert (
        messages[0]["text"]
        == context.library().for_topic("veiligheid_zelf", "zelf").text
    )
    assert messages[1]["response"] == "utter_offer_worker"
    assert {"event": "slot", "name": "worker_offered", "value": True} in [
        {k: e[k] for k in ("event", "name", "value")} for e in events
    ]


async def test_each_advice_the_bot_gives_is_recorded_without_chatter_text():
    signs = Assessment(
        level=Level.VERHOOGD, indicators=(Indicator("dwingende_controle", 0, 3),)
    )
    await run(ActionDangerAdvice(), tracker(danger=[signs]))
    await run(
        ActionGiveAdvice(),
        tracker(selector_key="faq/meldcode", slots={"audience": "professional"}),
    )
    first, second = AdviceRecords(context._database()).query()
    assert (first.topic, first.danger_level, first.given_by) == (
        "veiligheid_zelf",
        "verhoogd",
        "bot",
    )
    expected = context.library().for_topic("meldcode", "professional")
    assert (second.advice_id, second.advice_version) == (expected.id, expected.version)
    assert (second.audience, second.danger_level) == ("professional", "geen")
    assert second.conversation_id == "conv-1" and second.worker is None
    assert "x" not in second.as_dict().values()  # the chatter's text is not kept


def worker_on_duty(monkeypatch, role: str = "medewerker") -> StaffSessions:
    """Chat hours all day and one worker logged in: a worker can join."""
    monkeypatch.setenv("VT_WORKER_HOURS", "altijd")
    context.settings.cache_clear()
    user = StaffAccounts(context._database()).add(
        "anouk", role, "lang-genoeg-wachtwoord"
    )
    sessions = StaffSessions(context._database(), timedelta(hours=8))
    sessions.start(user)
    return sessions


def closed_day() -> str:
    """A VT_WORKER_HOURS value that is closed today (only another weekday)."""
    today = datetime.now(ZoneInfo("Europe/Amsterdam")).weekday()
    return f"{DAYS[(today + 3) % 7]} 09:00-17:00"


async def test_escalation_stores_the_request_with_level_and_indicators(monkeypatch):
    worker_on_duty(monkeypatch)
    high = Assessment(level=Level.HOOG, indicators=(Indicator("verwurging", 0, 3),))
    now = Assessment(level=Level.GEEN, now=True)
    messages, _ = await run(ActionEscalate(), tracker(danger=[high, now]))
    assert messages[0]["response"] == "utter_escalated_acute"
    (request,) = HandoffStore(context._handoffs().db).open_requests()
    assert (request.conversation_id, request.level) == ("conv-1", "acuut")
    assert request.indicators == ("verwurging", "acuut_nu")


async def test_with_nobody_logged_in_acute_is_told_112_at_once_and_still_queued(
    monkeypatch,
):
    monkeypatch.setenv("VT_WORKER_HOURS", "altijd")
    context.settings.cache_clear()
    StaffAccounts(context._database()).add("rita", "reviewer", "lang-genoeg-wachtwoord")
    StaffSessions(context._database(), timedelta(hours=8)).start(
        StaffUser("rita", "reviewer")
    )  # a reviewer does not take chats
    acute = Assessment(level=Level.ACUUT, indicators=(Indicator("wapen", 0, 3),))
    messages, _ = await run(ActionEscalate(), tracker(danger=[acute]))
    text = messages[0]["text"]
    assert "geen medewerker" in text and "bel nu 112" in text and "0800-2000" in text
    assert "dag en nacht" in text
    (request,) = context.handoffs().open_requests()
    assert request.level == "acuut"


async def test_escalation_speaks_the_language_of_the_conversation(monkeypatch):
    acute = Assessment(level=Level.ACUUT, indicators=(Indicator("wapen", 0, 3),))
    high = Assessment(level=Level.HOOG, indicators=(Indicator("verwurging", 0, 3),))
    worker_on_duty(monkeypatch)
    messages, _ = await run(ActionEscalate(), tracker(danger=[acute], language="tr"))
    assert messages[0]["response"] == "utter_escalated_acute_tr"
    (request,) = context.handoffs().open_requests()
    assert request.level == "acuut"
    # Nobody in the chat now: the Polish closed notice, with 112 when acute.
    monkeypatch.setenv("VT_WORKER_HOURS", closed_day())
    context.settings.cache_clear()
    messages, _ = await run(ActionEscalate(), tracker(danger=[high], language="pl"))
    assert messages[0]["response"] == "utter_closed_pl"


async def test_outside_the_chat_hours_a_person_asked_for_is_not_promised(
    monkeypatch,
):
    worker_on_duty(monkeypatch)
    monkeypatch.setenv("VT_WORKER_HOURS", closed_day())
    context.settings.cache_clear()
    messages, _ = await run(ActionRequestHuman(), tracker(intent="ask_human"))
    text = messages[0]["text"]
    assert "geen medewerker" in text and "0800-2000" in text
    assert "09:00 tot 17:00" in text
    (request,) = context.handoffs().open_requests()
    assert request.reason == "gevraagd"


async def test_asking_for_a_person_is_queued_and_honest(monkeypatch):
    worker_on_duty(monkeypatch, role="beheerder")
    messages, _ = await run(ActionRequestHuman(), tracker(intent="ask_human"))
    assert messages[0]["response"] == "utter_human_requested"
    (request,) = context.handoffs().open_requests()
    assert request.reason == "gevraagd"


async def test_not_understood_twice_queues_a_person_with_its_own_reason(monkeypatch):
    worker_on_duty(monkeypatch)
    messages, _ = await run(ActionRequestHuman(), tracker(intent="nlu_fallback"))
    assert messages[0]["response"] == "utter_not_understood_handoff"
    (request,) = context.handoffs().open_requests()
    assert request.reason == "niet_begrepen"


async def test_when_the_database_is_down_the_chatter_gets_the_phone_numbers(
    monkeypatch,
):
    monkeypatch.setenv("VT_DATABASE_URL", "postgresql://postgres@127.0.0.1:1/none")
    context.settings.cache_clear()
    messages, _ = await run(ActionRequestHuman(), tracker(intent="ask_human"))
    assert messages[0]["response"] == "utter_escalation_failed"


async def test_introduction_says_it_is_a_program_and_asks_nothing():
    # It comes before the answer to the chatter's question: no buttons then.
    calm, _ = await run(ActionIntroduce(), tracker())
    high = Assessment(level=Level.HOOG, indicators=(Indicator("wapen", 0, 3),))
    tense, _ = await run(ActionIntroduce(), tracker(danger=[high]))
    assert [m["response"] for m in calm + tense] == ["utter_introduce"] * 2


async def test_specific_help_gives_the_topics_own_numbers_once():
    suicidal = Assessment(
        level=Level.HOOG, indicators=(Indicator("suicidaliteit", 0, 3),)
    )
    messages, _ = await run(ActionSpecificHelp(), tracker(danger=[suicidal]))
    assert "113" in messages[0]["text"]
    assert messages[0]["advice_id"].startswith("suicidaliteit")
    # The same danger again: escalated again, the long text not repeated.
    again, _ = await run(ActionSpecificHelp(), tracker(danger=[suicidal, suicidal]))
    assert again == []


async def test_specific_help_answers_the_question_asked_with_the_danger():
    high = Assessment(level=Level.HOOG, indicators=(Indicator("verwurging", 0, 3),))
    messages, _ = await run(
        ActionSpecificHelp(),
        tracker(danger=[high], selector_key="faq/huisverbod_aanvragen"),
    )
    expected = context.library().for_topic("huisverbod_aanvragen")
    assert messages[0]["advice_id"].startswith("huisverbod_aanvragen")
    assert "112" in messages[0]["text"] and expected.topic == "huisverbod_aanvragen"
    nothing, _ = await run(ActionSpecificHelp(), tracker(intent="greet", danger=[high]))
    assert nothing == []
