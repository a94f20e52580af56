"""The conversational intake: which question comes next, and how answers are read.

Pure: the question order over contract dicts, and the intake of stored event
dicts (as the action server and the console get them), buttons included.
"""

from __future__ import annotations

import pytest

from bot.conversation import read_intake, turns_from_events, user_messages
from bot.intake import Intake
from bot.intake.questions import next_question
from bot.safety import answers_intake_question

UNKNOWN = Intake().as_dict()


def with_(**fields):
    out = {**UNKNOWN}
    for key, value in fields.items():
        if key == "present":
            out["perpetrator"] = {"relation": "partner", "present": value}
        elif key == "consent":
            out["callback"] = {"consent": value, "safe_time": None}
        else:
            out[key] = value
    return out


@pytest.mark.parametrize(
    ("intake", "asked", "level", "expected"),
    [
        (UNKNOWN, [], "hoog", "safe_now"),
        (with_(safe_now=True), [], "hoog", "children"),
        (UNKNOWN, ["safe_now"], "hoog", "children"),  # skipped: not asked again
        (with_(children_in_household=False), ["safe_now"], "hoog", "present"),
        (UNKNOWN, ["safe_now", "children", "present"], "hoog", "callback"),
        (UNKNOWN, ["safe_now", "children", "present", "callback"], "hoog", None),
        (with_(safe_now=False, present=True), ["children"], "hoog", "callback"),
        # After 112 the only question is whether they are safe now.
        (UNKNOWN, [], "acuut", "safe_now"),
        (UNKNOWN, ["safe_now"], "acuut", None),
        (with_(safe_now=True), [], "acuut", None),
        (with_(safe_now=False), [], "acuut", "safe_now"),
        # A neighbour or a teacher is not asked about their own safety.
        (with_(speaker="omstander"), [], "hoog", "children"),
        (with_(speaker="professional"), ["children"], "hoog", "callback"),
        (with_(speaker="omstander"), [], "acuut", None),
    ],
)
def test_next_question(intake, asked, level, expected):
    assert next_question(intake, asked, level) == expected


def said(text: str) -> dict:
    return {"event": "user", "text": text, "parse_data": {}}


def pressed(title: str, payload: str) -> dict:
    return {"event": "user", "text": payload, "metadata": {"title": title}}


def asked(field: str | None) -> dict:
    return {"event": "slot", "name": "intake_question", "value": field}


def test_a_button_answers_the_question_asked_just_before():
    events = [
        said("hij slaat me"),
        asked("safe_now"),
        {"event": "bot", "text": "Ben je nu veilig?"},
        pressed("Nee", "/deny"),
        asked("children"),
        pressed("Ja", "/affirm"),
        asked("present"),
        pressed("Liever niet", "/intake_skip"),
        asked("callback"),
        said("ja"),
    ]
    messages = user_messages(events)
    assert [(m.text, m.answer_to, m.button) for m in messages] == [
        ("hij slaat me", None, False),
        ("Nee", "safe_now", True),
        ("Ja", "children", True),
        ("Liever niet", "present", True),
        ("ja", "callback", False),
    ]
    intake = read_intake(events)
    assert intake.safe_now is False
    assert intake.children_in_household is True
    assert intake.perpetrator_present is None  # skipped stays unknown
    # "ja" was stored without tokens (no NLU here): unread, not guessed.
    assert intake.callback_consent is None


def test_a_message_after_the_intake_stopped_answers_nothing():
    events = [
        said("hij slaat me"),
        asked("safe_now"),
        pressed("Ja", "/affirm"),
        asked(None),
        pressed("Ja", "/affirm"),
    ]
    assert [m.answer_to for m in user_messages(events)] == [None, "safe_now", None]
    assert read_intake(events).safe_now is True


def test_a_worker_taking_over_ends_the_pending_question():
    events = [
        said("hij slaat me"),
        asked("safe_now"),
        {"event": "pause"},
        pressed("Ja", "/affirm"),  # to the worker's own question, not to ours
    ]
    assert [m.answer_to for m in user_messages(events)] == [None, None]
    assert read_intake(events).safe_now is None
    turns = turns_from_events(events)
    assert not answers_intake_question(turns)


@pytest.mark.parametrize(
    ("reply", "intent", "answers"),
    [
        # A short answer the model reads as a topic is still the answer.
        ("ja na drie uur", "faq", True),
        ("nee hij is naar zijn werk", "faq", True),
        ("nee", "deny", True),
        # A question of the chatter's own is answered instead.
        ("wat is een huisverbod", "faq", False),
        ("mag ik anoniem blijven", "faq", False),
        ("krijgt hij dan een straf?", "faq", False),
        ("ik wil weten hoe een huisverbod werkt", "faq", False),
        ("/faq/huisverbod", "faq", False),
        ("ik wil een mens spreken", "ask_human", False),
    ],
)
def test_an_answer_is_told_from_a_question_of_ones_own(reply, intent, answers):
    events = [
        said("hij slaat me"),
        asked("callback"),
        {"event": "user", "text": reply, "parse_data": {"intent": {"name": intent}}},
    ]
    assert answers_intake_question(turns_from_events(events)) is answers
