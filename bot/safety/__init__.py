"""What the assistant must do next because of danger: pure decision logic.

Shared by the Rasa policy (which predicts it) and the actions (which carry it out),
so both agree on the conversation's level and on when a turn is handled.
"""

from bot.safety.decide import (
    ACTION_DANGER_ADVICE,
    ACTION_ESCALATE,
    ACTION_INTAKE,
    ACTION_INTRODUCE,
    ACTION_LISTEN,
    ACTION_REQUEST_HUMAN,
    ACTION_SPECIFIC_HELP,
    NOT_UNDERSTOOD_INTENTS,
    OPENING_ACTIONS,
    SAFETY_ACTIONS,
    UTTER_ACUTE,
    UTTER_HIGH,
    UTTER_HIGH_OTHER,
    UTTER_HIGH_PLEGER,
    Turn,
    answers_intake_question,
    conversation_danger,
    danger_response_level,
    language_of_conversation,
    next_safety_action,
    not_understood_twice,
)

__all__ = [
    "ACTION_DANGER_ADVICE",
    "ACTION_ESCALATE",
    "ACTION_INTAKE",
    "ACTION_INTRODUCE",
    "ACTION_LISTEN",
    "ACTION_REQUEST_HUMAN",
    "ACTION_SPECIFIC_HELP",
    "NOT_UNDERSTOOD_INTENTS",
    "OPENING_ACTIONS",
    "SAFETY_ACTIONS",
    "UTTER_ACUTE",
    "UTTER_HIGH",
    "UTTER_HIGH_OTHER",
    "UTTER_HIGH_PLEGER",
    "Turn",
    "answers_intake_question",
    "conversation_danger",
    "danger_response_level",
    "language_of_conversation",
    "next_safety_action",
    "not_understood_twice",
]
