"""The safety decisions of a turn: danger replies first, escalation, introduction."""

from __future__ import annotations

import pytest

from bot.conversation import turns_from_events
from bot.danger import Assessment, Indicator, Level
from bot.safety import (
    ACTION_DANGER_ADVICE,
    ACTION_ESCALATE,
    ACTION_INTAKE,
    ACTION_INTRODUCE,
    ACTION_LISTEN,
    ACTION_REQUEST_HUMAN,
    ACTION_SPECIFIC_HELP,
    UTTER_ACUTE,
    UTTER_HIGH,
    UTTER_HIGH_OTHER,
    UTTER_HIGH_PLEGER,
    Turn,
    next_safety_action,
)

CALM = Assessment(level=Level.GEEN)
SIGNS = Assessment(
    level=Level.VERHOOGD, indicators=(Indicator("psychisch_geweld", 0, 4),)
)
HIGH = Assessment(level=Level.HOOG, indicators=(Indicator("verwurging", 0, 4),))
ACUTE = Assessment(
    level=Level.ACUUT, indicators=(Indicator("acuut_nu", 0, 2),), now=True
)
NOW_ONLY = Assessment(level=Level.GEEN, now=True)


def user(a: Assessment) -> Turn:
    return Turn(assessment=a)


def act(name: str) -> Turn:
    return Turn(action=name)


def run_turn(
    history: list[Turn], message: Assessment | Turn, answer: str | None
) -> list[str]:
    """Play one turn: the safety actions, with ``answer`` when the rules answer."""
    said = message if isinstance(message, Turn) else user(message)
    turns = [*history, said]
    done: list[str] = []
    for _ in range(10):
        action = next_safety_action(turns)
        if action is None:
            if answer is None or answer in done:
                return done
            action = answer
        if action == ACTION_LISTEN:
            return done
        done.append(action)
        turns.append(act(action))
    raise AssertionError(f"no end of turn: {done}")


INTRODUCED = [
    act("action_listen"),
    user(CALM),
    act("utter_opening"),
    act(ACTION_LISTEN),
]


@pytest.mark.parametrize(
    ("history", "message", "answer", "expected"),
    [
        (
            [],
            ACUTE,
            "utter_greet_again",
            [
                UTTER_ACUTE,
                ACTION_ESCALATE,
                ACTION_SPECIFIC_HELP,
                ACTION_INTRODUCE,
                ACTION_INTAKE,
            ],
        ),
        (
            INTRODUCED,
            ACUTE,
            "action_give_advice",
            [UTTER_ACUTE, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (
            INTRODUCED,
            HIGH,
            "action_give_advice",
            [UTTER_HIGH, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (
            INTRODUCED,
            Assessment(
                level=Level.HOOG,
                indicators=(Indicator("verwurging", 0, 4),),
                speaker="professional",
                victim="kind",
            ),
            "action_give_advice",
            [UTTER_HIGH_OTHER, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (
            INTRODUCED,
            Assessment(
                level=Level.HOOG,
                indicators=(Indicator("fysiek_geweld", 0, 4),),
                speaker="pleger",
                victim="onbekend",
            ),
            "action_give_advice",
            [UTTER_HIGH_PLEGER, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (INTRODUCED, SIGNS, "action_give_advice", [ACTION_DANGER_ADVICE]),
        (INTRODUCED, CALM, "action_give_advice", ["action_give_advice"]),
        (
            [],
            Turn(assessment=CALM, intent="faq"),
            "action_give_advice",
            [ACTION_INTRODUCE, "action_give_advice"],
        ),
        (
            [],
            Turn(assessment=CALM, intent="ask_anonymity"),
            "utter_anonymity",
            ["utter_anonymity", ACTION_INTRODUCE],
        ),
        (
            [],
            HIGH,
            "action_give_advice",
            [
                ACTION_INTRODUCE,
                UTTER_HIGH,
                ACTION_ESCALATE,
                ACTION_SPECIFIC_HELP,
                ACTION_INTAKE,
            ],
        ),
        (
            [*INTRODUCED, user(HIGH), act(UTTER_HIGH)],
            NOW_ONLY,
            None,
            [UTTER_ACUTE, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (
            [*INTRODUCED, user(HIGH)],
            HIGH,
            None,
            [UTTER_HIGH, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        ([*INTRODUCED, user(SIGNS)], SIGNS, "utter_thanks", ["utter_thanks"]),
        (INTRODUCED, NOW_ONLY, "utter_affirm_generic", ["utter_affirm_generic"]),
    ],
    ids=[
        "acute first message",
        "acute later",
        "high",
        "high from a professional: no 'niet jouw schuld'",
        "high from the pleger: help to stop, no victim comfort",
        "signs offer a worker",
        "calm question",
        "calm first question is introduced before the answer",
        "other first message: the introduction follows the rule's answer",
        "high first message is introduced before the danger reply",
        "now after a threat turns acute",
        "repeated high is answered again",
        "repeated signs: normal dialogue",
        "now in a calm chat is nothing",
    ],
)
def test_turns(history, message, answer, expected):
    assert run_turn(history, message, answer) == expected


def user_said(a: Assessment, intent: str, question: bool = False) -> Turn:
    return Turn(assessment=a, intent=intent, question=question)


ASKED = [
    *INTRODUCED,
    user(HIGH),
    act(UTTER_HIGH),
    act(ACTION_ESCALATE),
    act(ACTION_SPECIFIC_HELP),
]


@pytest.mark.parametrize(
    ("history", "message", "answer", "expected"),
    [
        # "nee" to "Ben je nu veilig?": the intake asks on, nothing else answers.
        (
            [*ASKED, act(ACTION_INTAKE), Turn(asked="safe_now"), act(ACTION_LISTEN)],
            user_said(CALM, "deny"),
            "action_decline_worker",
            [ACTION_INTAKE],
        ),
        # A question of the chatter's own is answered; the intake stops asking.
        (
            [*ASKED, act(ACTION_INTAKE), Turn(asked="safe_now"), act(ACTION_LISTEN)],
            user_said(CALM, "faq", question=True),
            "action_give_advice",
            ["action_give_advice"],
        ),
        # A reply not worded as a question is the answer, whatever topic the
        # model reads in it ("ja na drie uur").
        (
            [*ASKED, act(ACTION_INTAKE), Turn(asked="callback"), act(ACTION_LISTEN)],
            user_said(CALM, "faq"),
            "action_give_advice",
            [ACTION_INTAKE],
        ),
        # An answer that raises the danger gets the danger reply first.
        (
            [*ASKED, act(ACTION_INTAKE), Turn(asked="present"), act(ACTION_LISTEN)],
            user_said(ACUTE, "affirm"),
            None,
            [UTTER_ACUTE, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        # Nothing was asked (the intake had stopped): a normal turn.
        (
            [*ASKED, act(ACTION_INTAKE), Turn(asked=""), act(ACTION_LISTEN)],
            user_said(CALM, "thanks"),
            "utter_thanks",
            ["utter_thanks"],
        ),
        # Two misunderstood answers are still answers, not "not understood".
        (
            [
                *ASKED,
                act(ACTION_INTAKE),
                Turn(asked="safe_now"),
                act(ACTION_LISTEN),
                user_said(CALM, "nlu_fallback"),
                act(ACTION_INTAKE),
                Turn(asked="children"),
                act(ACTION_LISTEN),
            ],
            user_said(CALM, "nlu_fallback"),
            "utter_default",
            [ACTION_INTAKE],
        ),
        # Asking for a person starts the intake too.
        (
            INTRODUCED,
            user_said(CALM, "ask_human"),
            ACTION_REQUEST_HUMAN,
            [ACTION_REQUEST_HUMAN, ACTION_INTAKE],
        ),
    ],
    ids=[
        "an answer gets the next question",
        "a question of their own pauses the intake",
        "an answer read as a topic is still an answer",
        "an answer raising danger is answered first",
        "after the last question turns are normal",
        "unclear answers do not ask for a person again",
        "asking for a person starts the intake",
    ],
)
def test_intake_turns(history, message, answer, expected):
    assert play([*history, message], answer) == expected


def test_turns_from_rasa_event_dicts():
    events = [
        {"event": "action", "name": "action_session_start"},
        {"event": "user", "text": "x", "parse_data": {"danger": HIGH.as_dict()}},
        {"event": "bot", "text": "hoi"},
        {"event": "action", "name": UTTER_HIGH},
        {"event": "user", "text": "y", "parse_data": {}},
    ]
    turns = turns_from_events(events)
    assert [t.action for t in turns] == ["action_session_start", None, UTTER_HIGH, None]
    assert turns[1].assessment.level is Level.HOOG
    assert turns[3].assessment.level is Level.GEEN


def missed(a: Assessment = CALM) -> Turn:
    """A user message the NLU did not understand."""
    return Turn(assessment=a, intent="nlu_fallback")


def play(turns: list[Turn], answer: str | None) -> list[str]:
    """The actions of the last turn: safety first, then the rules' ``answer``."""
    done: list[str] = []
    for _ in range(10):
        action = next_safety_action(turns) or (answer if answer not in done else None)
        if action in (None, ACTION_LISTEN):
            return done
        done.append(action)
        turns = [*turns, act(action)]
    raise AssertionError(f"no end of turn: {done}")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        ([*INTRODUCED, missed()], ["utter_default"]),
        (
            [*INTRODUCED, missed(), act("utter_default"), act(ACTION_LISTEN), missed()],
            [ACTION_REQUEST_HUMAN, ACTION_INTAKE],
        ),
        (
            [*INTRODUCED, missed(), act("utter_default"), user(CALM), missed()],
            ["utter_default"],
        ),
        (
            [
                *INTRODUCED,
                missed(),
                act(ACTION_REQUEST_HUMAN),
                act(ACTION_LISTEN),
                missed(),
            ],
            ["utter_default"],
        ),
        (
            [*INTRODUCED, missed(), act("utter_default"), missed(HIGH)],
            [UTTER_HIGH, ACTION_ESCALATE, ACTION_SPECIFIC_HELP, ACTION_INTAKE],
        ),
        (
            [
                *INTRODUCED,
                Turn(assessment=CALM, intent="out_of_scope"),
                act("utter_out_of_scope"),
                act(ACTION_LISTEN),
                missed(),
            ],
            [ACTION_REQUEST_HUMAN, ACTION_INTAKE],
        ),
    ],
    ids=[
        "one miss: the normal reply",
        "two misses in a row: a person is sought",
        "an understood message in between: no",
        "already asked after the last miss: normal reply",
        "danger wins over the miss count",
        "out of scope counts as not understood",
    ],
)
def test_not_understood_twice_asks_for_a_person(turns, expected):
    assert play(turns, "utter_default") == expected
