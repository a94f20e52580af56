"""One place that reads a stored conversation: messages, transcript, summary, intake.

The handoff queue, the review console and the actions all read the same stored
Rasa events; this package turns them into user messages with their typed danger
assessment and matcher tokens (see :mod:`bot.conversation.parse_data` for the
stored shape), and from those into the transcript, the summary and the intake.
"""

from bot.conversation.intake import read_intake
from bot.conversation.messages import (
    INTAKE_QUESTION_SLOT,
    UserMessage,
    shown_text,
    turns_from_events,
    user_messages,
)
from bot.conversation.parse_data import (
    DANGER_KEY,
    TOKENS_KEY,
    AssessmentData,
    ParseData,
    assessment_of,
    event_dicts,
    pack_tokens,
    tokens_in,
)
from bot.conversation.summary import ConversationSummary, mentions, summarise
from bot.conversation.transcript import Labeler, indicator_labels, transcript

__all__ = [
    "DANGER_KEY",
    "INTAKE_QUESTION_SLOT",
    "TOKENS_KEY",
    "AssessmentData",
    "ConversationSummary",
    "Labeler",
    "ParseData",
    "UserMessage",
    "assessment_of",
    "event_dicts",
    "indicator_labels",
    "mentions",
    "pack_tokens",
    "read_intake",
    "shown_text",
    "summarise",
    "tokens_in",
    "transcript",
    "turns_from_events",
    "user_messages",
]
